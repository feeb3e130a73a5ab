namespace Motus.Simulation.Common;

/// <summary>
/// A seeded pseudo-random stream (xoshiro256** seeded through SplitMix64) whose output is fixed by its seed on every
/// platform and .NET version, unlike <see cref="Random"/>. Independent streams for parallel work come from
/// <see cref="ForReplicate(ulong, long)"/>, so replicate <c>k</c> of a simulation gives the same numbers whatever the
/// number of threads. Not thread-safe: one stream per thread or replicate.
/// </summary>
/// <remarks>
/// Generator: Blackman &amp; Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS 47 (2021).
/// Normal variates use the Marsaglia polar method (Marsaglia &amp; Bray 1964). Not for cryptographic use.
/// </remarks>
public sealed class RandomStream
{
    private ulong _s0, _s1, _s2, _s3;
    private double _spareNormal;
    private bool _hasSpare;

    /// <summary>Creates a stream from a 64-bit seed; the same seed always gives the same sequence.</summary>
    /// <param name="seed">Any value, including 0.</param>
    public RandomStream(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>
    /// The stream for replicate (or patient, or worker item) <paramref name="index"/> of a run seeded with
    /// <paramref name="seed"/>: a deterministic function of both, so parallel work is reproducible.
    /// </summary>
    /// <param name="seed">The run's seed.</param>
    /// <param name="index">Zero-based replicate index (must not be negative).</param>
    public static RandomStream ForReplicate(ulong seed, long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        unchecked
        {
            var x = seed ^ 0xD1B54A32D192ED03UL;
            var mixedSeed = SplitMix64(ref x);
            var y = mixedSeed + ((ulong)index * 0x9E3779B97F4A7C15UL);
            return new RandomStream(SplitMix64(ref y));
        }
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            var result = RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform double in (0, 1): never exactly 0, for logarithms and inverse CDFs.</summary>
    public double NextOpenDouble() => ((NextUInt64() >> 12) + 0.5) * (1.0 / (1UL << 52));

    /// <summary>A uniform integer in [0, <paramref name="exclusiveMax"/>), without modulo bias (Lemire's method).</summary>
    /// <param name="exclusiveMax">Upper bound, at least 1.</param>
    public int NextInt(int exclusiveMax)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(exclusiveMax, 1);
        var bound = (ulong)exclusiveMax;
        var threshold = unchecked(0UL - bound) % bound;
        while (true)
        {
            var r = NextUInt64();
            var high = Math.BigMul(r, bound, out var low);
            if (low >= threshold)
            {
                return (int)high;
            }
        }
    }

    /// <summary>True with probability <paramref name="p"/>.</summary>
    /// <param name="p">Probability in [0, 1].</param>
    public bool NextBernoulli(double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A probability must lie in [0, 1].");
        }

        return NextDouble() < p;
    }

    /// <summary>A standard normal variate (mean 0, SD 1), Marsaglia polar method.</summary>
    public double NextNormal()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spareNormal;
        }

        double u, v, s;
        do
        {
            u = (2.0 * NextDouble()) - 1.0;
            v = (2.0 * NextDouble()) - 1.0;
            s = (u * u) + (v * v);
        }
        while (s >= 1.0 || s == 0.0);

        var factor = Math.Sqrt(-2.0 * Math.Log(s) / s);
        _spareNormal = v * factor;
        _hasSpare = true;
        return u * factor;
    }

    /// <summary>A normal variate with the given mean and standard deviation.</summary>
    /// <param name="mean">Mean.</param>
    /// <param name="sd">Standard deviation, not negative.</param>
    public double NextNormal(double mean, double sd)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sd);
        return mean + (sd * NextNormal());
    }

    /// <summary>An exponential variate with the given rate (mean 1/rate).</summary>
    /// <param name="rate">Rate, greater than 0.</param>
    public double NextExponential(double rate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rate);
        return -Math.Log(NextOpenDouble()) / rate;
    }

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher–Yates).</summary>
    /// <typeparam name="T">Element type.</typeparam>
    /// <param name="items">The items to permute.</param>
    public void Shuffle<T>(Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix64(ref ulong state)
    {
        unchecked
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
