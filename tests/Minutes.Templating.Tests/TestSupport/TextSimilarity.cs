using System;
using System.Linq;
using System.Text;

namespace Minutes.Templating.Tests.TestSupport;

/// <summary>Compares texts the way a reader compares two printed documents: white space and full/half width do not count.</summary>
internal static class TextSimilarity
{
    /// <summary>Removes all white space, applies NFKC (full-width letters, digits, （）：，；！？ become ASCII) and writes 「」 as ".</summary>
    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).Replace('「', '"').Replace('」', '"');
        return new string(folded.Where(c => !char.IsWhiteSpace(c)).ToArray());
    }

    /// <summary>1 − Levenshtein distance / length of the longer text: 1 for equal texts, 0 for texts with nothing in common.</summary>
    public static double Ratio(string a, string b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return 1 - (previous[b.Length] / (double)Math.Max(a.Length, b.Length));
    }
}
