import type { CSSProperties } from 'react';
import { alternativeNote, proposalLabels } from '../../../shared/documents/proposal/labels';
import { formatPct, offerLabel, unitLabel } from '../../../shared/documents/proposal/format';
import { proposalModel, type PricedLine } from '../../../shared/documents/proposal/model';
import type { DocumentData } from '../../../shared/documents/types';
import { formatDecimal, formatMoney } from '../../../shared/money';
import { formatDocumentDate } from '../../../shared/text-blocks/placeholders';
import { MarkupView } from './MarkupView';
import './print.css';

/** The proposal as a printable page: the same model and texts as the Word proposal. */
export function ProposalPrintView({ data, logoUrl }: { data: DocumentData; logoUrl: string }) {
  const { language, offer, company, client } = data;
  const labels = proposalLabels(language);
  const model = proposalModel(data);
  const money = (value: string) => formatMoney(value, offer.currency, language);
  const date = (iso: string) => formatDocumentDate(iso, language);
  const footer = [
    company.name,
    [company.street, `${company.postalCode} ${company.city}`].join(', '),
    company.commercialRegister,
    company.vatId && `${labels.vatId} ${company.vatId}`,
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
  const lineRow = (entry: PricedLine) => (
    <tr key={entry.position}>
      <td>{entry.position}</td>
      <td>
        {entry.line.name}
        {entry.line.description && <div className="muted">{entry.line.description}</div>}
        {entry.line.kind === 'alternative' && (
          <div className="muted">{alternativeNote(entry.replaces, labels)}</div>
        )}
      </td>
      <td className="num">{formatDecimal(entry.line.quantity, language)}</td>
      <td>{unitLabel(entry.line.unit, labels)}</td>
      <td className="num">{money(entry.line.unitPrice)}</td>
      <td className="num">{formatPct(entry.line.discountPct, language)}</td>
      <td className="num">{money(entry.net)}</td>
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
  const { totals } = model;

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
        {model.sections
          .filter((section) => section.lines.length > 0)
          .map((section) => (
            <div key={section.position}>
              <h3>
                {section.position}. {section.title}
              </h3>
              <table>
                {head}
                <tbody>
                  {section.lines.map(lineRow)}
                  <tr className="sub">
                    <td colSpan={6}>{labels.sectionSubtotal(section.title)}</td>
                    <td className="num">{money(section.subtotal)}</td>
                  </tr>
                </tbody>
              </table>
            </div>
          ))}
        {model.extras.length > 0 && (
          <>
            <h3>{labels.extrasTitle}</h3>
            <p className="muted">{labels.extrasIntro}</p>
            <table>
              {head}
              <tbody>{model.extras.map(lineRow)}</tbody>
            </table>
          </>
        )}
        {(model.recurring.monthly.lines.length > 0 || model.recurring.yearly.lines.length > 0) && (
          <>
            <h3>{labels.recurringTitle}</h3>
            <p className="muted">{labels.recurringIntro(offer.termMonths)}</p>
            <table>
              {head}
              <tbody>
                {[...model.recurring.monthly.lines, ...model.recurring.yearly.lines].map(lineRow)}
              </tbody>
            </table>
          </>
        )}
        <h3>{labels.summaryTitle}</h3>
        <table data-testid="print-totals">
          <tbody>
            {(['oneTime', 'monthly', 'yearly'] as const).map((key) => {
              const part = totals[key];
              const billing = key === 'oneTime' ? 'one-time' : key;
              if (key !== 'oneTime' && part.net === '0.00') return null;
              const title =
                key === 'oneTime'
                  ? labels.oneTimeCosts
                  : key === 'monthly'
                    ? labels.monthlyCosts
                    : labels.yearlyCosts;
              return [
                <tr key={`${key}-net`} className="sub">
                  <td>{title}</td>
                  <td className="num">{money(part.net)}</td>
                </tr>,
                ...totals.groups
                  .filter((group) => group.billing === billing)
                  .map((group) => (
                    <tr key={`${key}-${group.vatPct}`}>
                      <td>{labels.vat(formatDecimal(group.vatPct, language))}</td>
                      <td className="num">{money(group.vat)}</td>
                    </tr>
                  )),
                <tr key={`${key}-gross`} className="total">
                  <td>{labels.grossTotal}</td>
                  <td className="num">{money(part.gross)}</td>
                </tr>,
              ];
            })}
            <tr className="total">
              <td>{labels.contractValue(offer.termMonths)}</td>
              <td className="num">{money(totals.contractValue)}</td>
            </tr>
          </tbody>
        </table>
        <h3>{labels.termsTitle}</h3>
        <p>{labels.paymentTerms(offer.paymentTermsDays)}</p>
        {offer.cashDiscountPct !== '' && (
          <p>
            {labels.cashDiscount(
              formatDecimal(offer.cashDiscountPct, language),
              offer.cashDiscountDays,
            )}
          </p>
        )}
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
    </article>
  );
}
