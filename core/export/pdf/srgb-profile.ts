/**
 * An ICC v2 display profile of sRGB (IEC 61966-2-1), written from its published constants: the D50
 * primaries, the D50 white and the sRGB tone curve sampled on 1024 points. The PDF/A OutputIntent
 * carries it, so a reader knows the colours are sRGB without shipping a profile file with the app.
 */

const D50 = [0.9642, 1, 0.8249] as const;
// sRGB primaries adapted to D50 (Bradford), as in the ICC's sRGB profiles.
const PRIMARIES = {
  rXYZ: [0.4361, 0.2225, 0.0139],
  gXYZ: [0.3851, 0.7169, 0.0971],
  bXYZ: [0.1431, 0.0606, 0.7141],
} as const;
const CURVE_POINTS = 1024;

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const u32 = (v: number) => [(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];
const u16 = (v: number) => [(v >>> 8) & 255, v & 255];
const s15f16 = (v: number) => u32(Math.round(v * 65536) >>> 0);
const pad4 = (bytes: number[]) => [...bytes, ...new Array((4 - (bytes.length % 4)) % 4).fill(0)];

function textDescription(text: string): number[] {
  return [...ascii('desc'), 0, 0, 0, 0, ...u32(text.length + 1), ...ascii(text), 0, ...u32(0), ...u32(0), ...u16(0), 0, ...new Array(67).fill(0)];
}

function xyz(v: readonly number[]): number[] {
  return [...ascii('XYZ '), 0, 0, 0, 0, ...v.flatMap(s15f16)];
}

function srgbCurve(): number[] {
  const out = [...ascii('curv'), 0, 0, 0, 0, ...u32(CURVE_POINTS)];
  for (let i = 0; i < CURVE_POINTS; i++) {
    const x = i / (CURVE_POINTS - 1);
    const linear = x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    out.push(...u16(Math.round(linear * 65535)));
  }
  return out;
}

/** The profile's bytes. */
export function srgbIccProfile(): Uint8Array {
  const curve = srgbCurve();
  const tags: Array<[string, number[]]> = [
    ['desc', textDescription('sRGB IEC61966-2.1')],
    ['cprt', [...ascii('text'), 0, 0, 0, 0, ...ascii('No copyright, use freely'), 0]],
    ['wtpt', xyz(D50)],
    ['rXYZ', xyz(PRIMARIES.rXYZ)],
    ['gXYZ', xyz(PRIMARIES.gXYZ)],
    ['bXYZ', xyz(PRIMARIES.bXYZ)],
    ['rTRC', curve],
    ['gTRC', curve],
    ['bTRC', curve],
  ];
  const tableSize = 4 + tags.length * 12;
  let offset = 128 + tableSize;
  const table: number[] = [...u32(tags.length)];
  const data: number[] = [];
  const placed = new Map<number[], number>();
  for (const [sig, bytes] of tags) {
    // The three tone curves are one curve: stored once, pointed at three times.
    let at = placed.get(bytes);
    if (at === undefined) {
      at = offset;
      placed.set(bytes, at);
      const padded = pad4(bytes);
      data.push(...padded);
      offset += padded.length;
    }
    table.push(...ascii(sig), ...u32(at), ...u32(bytes.length));
  }
  const size = 128 + tableSize + data.length;
  const header = [
    ...u32(size),
    ...u32(0),
    ...u32(0x02100000),
    ...ascii('mntr'),
    ...ascii('RGB '),
    ...ascii('XYZ '),
    ...u16(2026),
    ...u16(1),
    ...u16(1),
    ...u16(0),
    ...u16(0),
    ...u16(0),
    ...ascii('acsp'),
    ...u32(0),
    ...u32(0),
    ...u32(0),
    ...u32(0),
    ...u32(0),
    ...u32(0),
    ...u32(0),
    ...D50.flatMap(s15f16),
    ...u32(0),
  ];
  return new Uint8Array([...header, ...new Array(128 - header.length).fill(0), ...table, ...data]);
}
