import type { CSSProperties } from 'react';
import { alternativeNote, proposalLabels } from '#shared/documents/proposal/labels';
import { formatPct, offerLabel, unitLabel } from '#shared/documents/proposal/format';
import {
  proposalModel,
  type PricedLine,
  type PricedSection,
} from '#shared/documents/proposal/model';
import {
  creditText,
  hidesPrice,
  inPackageText,
  packagePriceLabel,
} from '#shared/documents/package';
import { legalEntryText, legalFooter } from '#shared/documents/legal-footer';
import { paymentTermsFor, subtotalLabel } from '#shared/documents/totals';
import type { DocumentData } from '#shared/documents/types';
import { formatDecimal, formatMoney } from '#shared/money';
import { formatDocumentDate } from '#shared/text-blocks/placeholders';
import { MarkupView } from './MarkupView';
import './print.css';

/** The proposal as a printable page: the same model and texts as the Word proposal. */
export function ProposalPrintView({ data, logoUrl }: { data: DocumentData; logoUrl: string }) {
  const { language, offer, company, client } = data;
  const labels = proposalLabels(language);
  const model = proposalModel(data);
  const money = (value: string) => formatMoney(value, offer.currency, language);
  const date = (iso: string) => formatDocumentDate(iso, language);
  const legal = legalFooter(company, language).map(legalEntryText);
  const footer = [
    legal[0],
    [company.street, `${company.postalCode} ${company.city}`].join(', '),
    ...legal.slice(1),
    company.iban && `IBAN ${company.iban}`,
  ]
    .filter(Boolean)
    .join(' · ');
  const style = { '--q-brand': company.brandColor } as CSSProperties;
  // Page margin boxes cannot read custom properties: the footer text goes in as a literal.
  const css = (text: string) => JSON.stringify(text).replace(/</g, '\\3C ');
  const pageCss = `@page {
    @bottom-left { content: ${css(footer)}; font: 7pt 'DejaVu Sans', Arial, sans-serif; color: #555; }
    @bottom-right { content: ${css(labels.page)} " " counter(page) " " ${css(labels.of)} " " counter(pages); font: 8pt 'DejaVu Sans', Arial, sans-serif; color: #555; }
  }`;
  const lineNotes = ({ line, replaces }: PricedLine) => [
    ...(line.credit === true ? [creditText(language)] : []),
    ...(line.kind === 'optional' ? [labels.optional] : []),
    ...(line.kind === 'alternative' ? [alternativeNote(replaces, labels)] : []),
    ...(line.billing === 'monthly' ? [labels.monthly] : []),
    ...(line.billing === 'yearly' ? [labels.yearly] : []),
    ...(line.kind !== 'normal' ? [labels.notInTotal] : []),
  ];
  // Inside a package the counted lines are listed without their prices ("im Paket").
  const lineRow = (entry: PricedLine, section: PricedSection) => (
    <tr key={entry.position} data-credit={entry.line.credit === true ? 'true' : undefined}>
      <td>{entry.position}</td>
      <td>
        {entry.line.name}
        {entry.line.description && <div className="muted">{entry.line.description}</div>}
        {lineNotes(entry).length > 0 && (
          <div className="q-print-note">{lineNotes(entry).join(' · ')}</div>
        )}
      </td>
      <td className="num">{formatDecimal(entry.line.quantity, language)}</td>
      <td>{unitLabel(entry.line.unit, labels)}</td>
      {hidesPrice(section, entry.line) ? (
        <>
          <td className="num" />
          <td className="num" />
          <td className="num q-print-note">{inPackageText(language)}</td>
        </>
      ) : (
        <>
          <td className="num">{money(entry.line.unitPrice)}</td>
          <td className="num">{formatPct(entry.line.discountPct, language)}</td>
          <td className="num">
            {entry.line.kind === 'normal' ? money(entry.net) : `(${money(entry.net)})`}
          </td>
        </>
      )}
    </tr>
  );
  const head = (
    <thead>
      <tr>
        <th>{labels.pos}</th>
        <th>{labels.description}</th>
        <th className="num">{labels.quantity}</th>
        <th>{labels.unit}</th>
        <th className="num">{labels.unitPrice}</th>
        <th className="num">{labels.discount}</th>
        <th className="num">{labels.net}</th>
      </tr>
    </thead>
  );

  return (
    <article className="q-print" style={style} data-testid="print-view">
      <style>{pageCss}</style>
      <section className="q-print-cover">
        {logoUrl && <img src={logoUrl} alt={company.name} />}
        <div className="muted">
          {company.name} · {company.street} · {company.postalCode} {company.city}
        </div>
        <div>
          <strong>{client.name}</strong>
          {client.contactName && <div>{client.contactName}</div>}
          <div>{client.street}</div>
          <div>
            {client.postalCode} {client.city}
          </div>
        </div>
        <h1>
          {labels.proposal}: {offer.title}
        </h1>
        <table>
          <tbody>
            <tr>
              <td>{labels.offerNumber}</td>
              <td>{offerLabel(offer.number, offer.revision)}</td>
            </tr>
            <tr>
              <td>{labels.date}</td>
              <td>{date(offer.date)}</td>
            </tr>
            <tr>
              <td>{labels.validUntil}</td>
              <td>{date(offer.validUntil)}</td>
            </tr>
          </tbody>
        </table>
      </section>
      {data.chapters.map((chapter, index) => (
        <section key={index} className="q-print-chapter">
          <h2>{chapter.title}</h2>
          <MarkupView text={chapter.body} />
        </section>
      ))}
      <section className="q-print-chapter">
        <h2>{labels.pricing}</h2>
        {model.hasRecurring && <p className="muted">{labels.recurringIntro(offer.termMonths)}</p>}
        {model.hasExtras && <p className="muted">{labels.extrasIntro}</p>}
        {model.sections
          .filter((section) => section.lines.length > 0)
          .map((section) => (
            <div key={section.position} data-package={section.package ? 'true' : undefined}>
              <h3>
                {section.position} {section.title}
              </h3>
              <table>
                {head}
                <tbody>
                  {section.lines.map((entry) => lineRow(entry, section))}
                  {section.subtotals.map((subtotal) => (
                    <tr
                      key={subtotal.billing}
                      className="sub"
                      data-testid={section.package ? 'print-package-price' : 'print-subtotal'}
                    >
                      <td colSpan={6}>
                        {(section.package ? packagePriceLabel : subtotalLabel)({
                          title: section.title,
                          billing: subtotal.billing,
                          split: section.subtotals.length > 1,
                          language,
                        })}
                      </td>
                      <td className="num">{money(subtotal.net)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        <h3>{labels.summaryTitle}</h3>
        <table data-testid="print-totals">
          <tbody>
            {model.chain.map((row, index) =>
              row.amount === null ? (
                <tr key={index} className="q-print-title">
                  <td colSpan={2}>{row.label}</td>
                </tr>
              ) : (
                <tr key={index} className={row.strong ? 'total' : undefined}>
                  <td>{row.label}</td>
                  <td className="num">{money(row.amount)}</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
        <h3>{labels.termsTitle}</h3>
        <p>{paymentTermsFor(data, model.totals)}</p>
        <p>{labels.validity(date(offer.validUntil))}</p>
        {offer.reverseCharge && <p>{labels.reverseChargeClientVat(client.vatId)}</p>}
        {offer.currency !== 'EUR' && offer.exchangeRate && (
          <p className="muted">{labels.exchangeRate(offer.exchangeRate, offer.currency)}</p>
        )}
        <h3>{labels.acceptanceTitle}</h3>
        <p>{labels.acceptanceText(company.name, offerLabel(offer.number, offer.revision))}</p>
        <div className="q-print-signatures">
          <div>
            {labels.forParty(company.name)}
            <br />
            {data.author.name}
            {data.author.position && `, ${data.author.position}`}
          </div>
          <div>
            {labels.forParty(client.name)}
            <br />
            {labels.placeDate} · {labels.signature}
          </div>
        </div>
      </section>
      <footer className="q-print-legal" data-testid="print-legal">
        {[...legal, [company.street, `${company.postalCode} ${company.city}`].join(', ')]
          .concat(company.iban ? [`IBAN ${company.iban}`] : [])
          .join(' · ')}
      </footer>
    </article>
  );
}
