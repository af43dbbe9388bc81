import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3';
import type { RegionShape } from '../utils/styles';

const SYMBOLS: Readonly<Record<RegionShape, SymbolType>> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
  star: symbolStar,
  wye: symbolWye,
};

/** A region's shape as an SVG path centred on (0, 0), `size` in square units (d3's symbol area). */
export const regionSymbolPath = (shape: RegionShape, size: number): string => symbol(SYMBOLS[shape], size)() ?? '';
