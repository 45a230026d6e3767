import { Box, Button, Input, Text } from '@mantine/core';
import { useEffect, useImperativeHandle, useRef } from 'react';
import type { Ref } from 'react';
import SignaturePad from 'signature_pad';
import type { PointGroup } from 'signature_pad';
import { dataUrlBytes, type PadReading } from './signing-form';

/** What the dialog asks of a pad when it signs. */
export type SignaturePadHandle = { read(): PadReading; clear(): void };

type Props = {
  /** Test id of the canvas' box: `signature-pad-<role>`. */
  testId: string;
  label: string;
  hint: string;
  clearLabel: string;
  error?: string | undefined;
  disabled?: boolean;
  /** Called after every stroke and on clear with the points the pad holds. */
  onChange: (strokePoints: number) => void;
  ref?: Ref<SignaturePadHandle>;
};

const strokePoints = (data: PointGroup[]): number =>
  data.reduce((sum, group) => sum + group.points.length, 0);

/**
 * A signature drawn with mouse, finger or pen (signature_pad: pointer events, smooth variable
 * width). The canvas has as many pixels as the screen shows (high-DPI), and a resize keeps the
 * drawing. The image is transparent around the ink, as the signed PDF wants it.
 */
export function SignaturePadField({
  testId,
  label,
  hint,
  clearLabel,
  error,
  disabled = false,
  onChange,
  ref,
}: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const points = useRef(0);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const pad = new SignaturePad(canvas, {
      penColor: '#10275c',
      minWidth: 0.9,
      maxWidth: 2.8,
      backgroundColor: 'rgba(0,0,0,0)',
    });
    padRef.current = pad;
    const report = () => {
      points.current = strokePoints(pad.toData());
      onChangeRef.current(points.current);
    };
    pad.addEventListener('endStroke', report);
    const fit = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      // Layout size, not the box on screen: the dialog's opening transition may scale it.
      const [width, height] = [canvas.offsetWidth, canvas.offsetHeight];
      const pixels = { width: Math.round(width * ratio), height: Math.round(height * ratio) };
      if (pixels.width === 0 || (canvas.width === pixels.width && canvas.height === pixels.height))
        return;
      // Points are kept in CSS pixels: redraw them on the resized, rescaled canvas.
      const data = pad.toData();
      canvas.width = pixels.width;
      canvas.height = pixels.height;
      canvas.getContext('2d')?.scale(ratio, ratio);
      pad.clear();
      pad.fromData(data);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      pad.removeEventListener('endStroke', report);
      pad.off();
      padRef.current = null;
    };
  }, []);

  useEffect(() => {
    const pad = padRef.current;
    if (!pad) return;
    if (disabled) pad.off();
    else pad.on();
  }, [disabled]);

  const clear = () => {
    padRef.current?.clear();
    points.current = 0;
    onChangeRef.current(0);
  };

  useImperativeHandle(ref, () => ({
    read: () => {
      const pad = padRef.current;
      if (!pad || pad.isEmpty()) return { strokePoints: 0, png: new Uint8Array() };
      return { strokePoints: strokePoints(pad.toData()), png: dataUrlBytes(pad.toDataURL()) };
    },
    clear,
  }));

  return (
    <Input.Wrapper label={label} error={error}>
      <Box
        pos="relative"
        data-testid={testId}
        data-error={error ? 'true' : undefined}
        style={{
          border: `1px solid ${error ? 'var(--mantine-color-error)' : 'var(--mantine-color-gray-4)'}`,
          borderRadius: 'var(--mantine-radius-sm)',
          background: 'var(--mantine-color-body)',
        }}
      >
        <canvas
          ref={canvasRef}
          aria-label={label}
          role="img"
          style={{ display: 'block', width: '100%', height: 150, touchAction: 'none' }}
        />
        <Text
          size="xs"
          c="dimmed"
          pos="absolute"
          left={12}
          bottom={8}
          style={{
            pointerEvents: 'none',
            borderTop: '1px solid var(--mantine-color-gray-4)',
            width: 'calc(100% - 24px)',
            paddingTop: 2,
          }}
        >
          ✕ {hint}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          pos="absolute"
          top={4}
          right={4}
          onClick={clear}
          disabled={disabled}
          data-testid={`${testId}-clear`}
        >
          {clearLabel}
        </Button>
      </Box>
    </Input.Wrapper>
  );
}
