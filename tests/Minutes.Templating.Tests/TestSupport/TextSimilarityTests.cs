namespace Minutes.Templating.Tests.TestSupport;

public sealed class TextSimilarityTests
{
    [Theory]
    [InlineData("（一） 決定：准予備查，餘依「主席」裁示！", "(一)決定:准予備查,餘依\"主席\"裁示!")]
    [InlineData("第 1 頁\n共　3 頁", "第1頁共3頁")]
    [InlineData("ＮＣＣ１２３", "NCC123")]
    public void Normalize_removes_white_space_and_unifies_width(string text, string expected) =>
        Assert.Equal(expected, TextSimilarity.Normalize(text));

    [Theory]
    [InlineData("准予備查", "准予備查", 1.0)]
    [InlineData("准予備查", "准予備註", 0.75)]
    [InlineData("准予備查", "", 0.0)]
    [InlineData("准予", "准予備查", 0.5)]
    public void Ratio_is_one_minus_the_edit_distance_over_the_longer_length(string a, string b, double expected) =>
        Assert.Equal(expected, TextSimilarity.Ratio(a, b), precision: 6);
}
