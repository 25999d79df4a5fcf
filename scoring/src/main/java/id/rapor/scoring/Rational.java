package id.rapor.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/** An exact fraction, so weights such as 1/9 and means such as 37/11 are never rounded until the end. */
public final class Rational implements Comparable<Rational> {

    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Rational(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** The fraction n/d, reduced; d must not be zero. */
    public static Rational of(BigInteger n, BigInteger d) {
        if (d.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger gcd = n.gcd(d);
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            n = n.divide(gcd);
            d = d.divide(gcd);
        }
        return new Rational(n, d);
    }

    public static Rational of(long n, long d) {
        return of(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    public static Rational of(long n) {
        return of(n, 1);
    }

    /** The exact value of a decimal ({@code 0.24} → 6/25). */
    public static Rational of(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return of(stripped.toBigIntegerExact(), BigInteger.ONE);
        }
        return of(stripped.unscaledValue(), BigInteger.TEN.pow(stripped.scale()));
    }

    /** Parses {@code "1/9"}, {@code "0.25"} or {@code "3"}. */
    public static Rational parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim();
        int slash = t.indexOf('/');
        if (slash < 0) {
            return of(new BigDecimal(t));
        }
        Rational n = of(new BigDecimal(t.substring(0, slash).trim()));
        Rational d = of(new BigDecimal(t.substring(slash + 1).trim()));
        return n.divide(d);
    }

    public Rational add(Rational other) {
        return of(
                numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Rational subtract(Rational other) {
        return add(other.negate());
    }

    public Rational multiply(Rational other) {
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Rational divide(Rational other) {
        return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    public Rational negate() {
        return new Rational(numerator.negate(), denominator);
    }

    public int signum() {
        return numerator.signum();
    }

    /** This value rounded half-up to {@code scale} decimals. */
    public BigDecimal toDecimal(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    /** This value as a double (for square roots and quantiles, never for a published value). */
    public double doubleValue() {
        return new BigDecimal(numerator)
                .divide(new BigDecimal(denominator), java.math.MathContext.DECIMAL64)
                .doubleValue();
    }

    public BigInteger numerator() {
        return numerator;
    }

    public BigInteger denominator() {
        return denominator;
    }

    @Override
    public int compareTo(Rational other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rational r && numerator.equals(r.numerator) && denominator.equals(r.denominator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerator, denominator);
    }

    /** {@code "n/d"}, or {@code "n"} for whole numbers; {@link #parse(String)} reads it back. */
    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
