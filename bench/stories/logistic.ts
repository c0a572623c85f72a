/** Ridge-penalised logistic regression by Newton's method, for the small fitted models of the stories stage. */

/** Newton steps: the fits here converge in under ten on about ten unknowns. */
const NEWTON_STEPS = 25;

/**
 * Weights minimising the cross-entropy of 1 / (1 + e^-(w0 + w · x)) against targets in
 * [0, 1] (fractional targets allowed), with `ridge` · |w|² / 2 on the weights (not the
 * intercept).
 */
export function fitLogistic(x: readonly (ArrayLike<number>)[], y: readonly number[], ridge: number): { intercept: number; weights: number[] } {
  const d = (x[0]?.length ?? 0) + 1;
  let w = new Array<number>(d).fill(0);
  const v = new Array<number>(d).fill(0);
  v[0] = 1;
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    const gradient = new Array<number>(d).fill(0);
    x.forEach((row, n) => {
      for (let k = 1; k < d; k++) v[k] = row[k - 1]!;
      const p = 1 / (1 + Math.exp(-v.reduce((acc, xi, k) => acc + xi * w[k]!, 0)));
      for (let i = 0; i < d; i++) {
        gradient[i]! += (p - y[n]!) * v[i]!;
        for (let j = 0; j < d; j++) hessian[i]![j]! += p * (1 - p) * v[i]! * v[j]!;
      }
    });
    for (let i = 1; i < d; i++) {
      gradient[i]! += ridge * w[i]!;
      hessian[i]![i]! += ridge;
    }
    const delta = solve(hessian, gradient);
    w = w.map((wi, i) => wi - delta[i]!);
  }
  return { intercept: w[0]!, weights: w.slice(1) };
}

/** a · x = b by Gaussian elimination with partial pivoting (a few unknowns). */
function solve(matrix: readonly (readonly number[])[], rhs: readonly number[]): number[] {
  const a = matrix.map((r) => [...r]);
  const b = [...rhs];
  const d = b.length;
  for (let i = 0; i < d; i++) {
    let p = i;
    for (let r = i + 1; r < d; r++) if (Math.abs(a[r]![i]!) > Math.abs(a[p]![i]!)) p = r;
    [a[i], a[p]] = [a[p]!, a[i]!];
    [b[i], b[p]] = [b[p]!, b[i]!];
    for (let r = 0; r < d; r++) {
      if (r === i || a[i]![i] === 0) continue;
      const f = a[r]![i]! / a[i]![i]!;
      for (let c = i; c < d; c++) a[r]![c]! -= f * a[i]![c]!;
      b[r]! -= f * b[i]!;
    }
  }
  return b.map((val, i) => (a[i]![i] === 0 ? 0 : val / a[i]![i]!));
}
