// The two astronomical quantities the Vietnamese lunar calendar is built from,
// using the classic approximations from Jean Meeus, "Astronomical Algorithms"
// (1998): the instants of new moon (ch. 49, main periodic terms) and the Sun's
// apparent longitude (ch. 25, low-accuracy method, about 0.01°). Julian days
// (JD) here are fractional and in Universal Time; day numbers (JDN) are integers.

const DEG = Math.PI / 180

/** Mean synodic month, in days. */
export const SYNODIC_MONTH = 29.530588853

/** JD (UT) of the new moon number `k`, k = 0 being the one of 1900-01-01. */
export const newMoonJd = (k: number): number => {
  const T = k / 1236.85 // Julian centuries from 1900-01-00.5
  const T2 = T * T
  const T3 = T2 * T
  const mean =
    2415020.75933 +
    29.53058868 * k +
    0.0001178 * T2 -
    0.000000155 * T3 +
    0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DEG)
  const M = (359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3) * DEG // Sun's mean anomaly
  const Mpr = (306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3) * DEG // Moon's mean anomaly
  const F = (21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3) * DEG // Moon's argument of latitude
  const correction =
    (0.1734 - 0.000393 * T) * Math.sin(M) +
    0.0021 * Math.sin(2 * M) -
    0.4068 * Math.sin(Mpr) +
    0.0161 * Math.sin(2 * Mpr) -
    0.0004 * Math.sin(3 * Mpr) +
    0.0104 * Math.sin(2 * F) -
    0.0051 * Math.sin(M + Mpr) -
    0.0074 * Math.sin(M - Mpr) +
    0.0004 * Math.sin(2 * F + M) -
    0.0004 * Math.sin(2 * F - M) -
    0.0006 * Math.sin(2 * F + Mpr) +
    0.001 * Math.sin(2 * F - Mpr) +
    0.0005 * Math.sin(2 * Mpr + M)
  // ΔT (TT − UT), in days: the new-moon series gives dynamical time.
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2
  return mean + correction - deltaT
}

/** The Sun's apparent ecliptic longitude at JD (UT), in degrees [0, 360). */
export const sunLongitudeDeg = (jd: number): number => {
  const T = (jd - 2451545.0) / 36525 // Julian centuries from J2000.0
  const T2 = T * T
  const M = (357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2) * DEG // mean anomaly
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2 // mean longitude
  const center =
    (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(M) +
    (0.019993 - 0.000101 * T) * Math.sin(2 * M) +
    0.00029 * Math.sin(3 * M)
  const L = L0 + center
  return L - 360 * Math.floor(L / 360)
}
