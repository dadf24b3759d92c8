namespace OnRecord.Nlp.Training;

/// <summary>
/// Makes a tree projective by lifting (Nivre &amp; Nilsson 2005, without encoding the lift in the label):
/// the shortest non-projective arc's dependent moves to its head's head until no arc crosses another.
/// The arc-hybrid parser can only build projective trees, and its oracle is exact only for them;
/// about 2–3% of training sentences need this.
/// </summary>
public static class Projectivizer
{
    /// <param name="heads">0-based heads, −1 for the root; a copy is returned.</param>
    public static int[] Lift(ReadOnlySpan<int> heads)
    {
        var lifted = heads.ToArray();
        // Each lift shortens the path to the root, so n² lifts bound even malformed input.
        for (var round = 0; round <= lifted.Length * lifted.Length; round++)
        {
            var shortest = -1;
            var shortestLength = int.MaxValue;
            for (var d = 0; d < lifted.Length; d++)
            {
                var h = lifted[d];
                if (h >= 0 && Math.Abs(h - d) < shortestLength && !IsProjective(lifted, h, d))
                {
                    shortest = d;
                    shortestLength = Math.Abs(h - d);
                }
            }
            if (shortest < 0 || lifted[lifted[shortest]] < 0)
            {
                return lifted;
            }
            lifted[shortest] = lifted[lifted[shortest]];
        }
        return lifted;
    }

    public static bool IsProjective(ReadOnlySpan<int> heads)
    {
        for (var d = 0; d < heads.Length; d++)
        {
            if (heads[d] >= 0 && !IsProjective(heads, heads[d], d))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>An arc is projective when its head dominates every word between the two ends.</summary>
    private static bool IsProjective(ReadOnlySpan<int> heads, int head, int dependent)
    {
        var from = Math.Min(head, dependent) + 1;
        var to = Math.Max(head, dependent);
        for (var k = from; k < to; k++)
        {
            var a = k;
            var steps = 0;
            while (a >= 0 && a != head && steps++ <= heads.Length)
            {
                a = heads[a];
            }
            if (a != head)
            {
                return false;
            }
        }
        return true;
    }
}
