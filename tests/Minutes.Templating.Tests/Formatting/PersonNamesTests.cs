using Minutes.Templating.Formatting;
using Minutes.Templating.Model;

namespace Minutes.Templating.Tests.Formatting;

public class PersonNamesTests
{
    [Theory]
    [InlineData("賴錫祿", "賴", "錫祿")]
    [InlineData("黃淑鈴", "黃", "淑鈴")]
    [InlineData("王明", "王", "明")]
    [InlineData("歐陽修", "歐陽", "修")]
    [InlineData("歐陽娜娜", "歐陽", "娜娜")]
    [InlineData("司馬中原", "司馬", "中原")]
    [InlineData("諸葛亮", "諸葛", "亮")]
    [InlineData("張簡文彬", "張簡", "文彬")]
    [InlineData("范姜新熙", "范姜", "新熙")]
    [InlineData("張廖萬堅", "張廖", "萬堅")]
    [InlineData("上官婉兒", "上官", "婉兒")]
    [InlineData("司徒雷登", "司徒", "雷登")]
    [InlineData("陳林美惠", "陳林", "美惠")]
    [InlineData("司馬", "司", "馬")]
    [InlineData("高潞·以用", "", "高潞·以用")]
    [InlineData("John Smith", "", "John Smith")]
    [InlineData("王", "", "王")]
    [InlineData("林𡒊明", "林", "𡒊明")]
    public void Names_split_into_surname_and_given_name(string name, string surname, string given)
    {
        var person = new Person { Name = name };

        Assert.Equal(surname, PersonNames.SurnameOf(name));
        Assert.Equal(surname, person.GetSurname());
        Assert.Equal(given, person.GetGivenName());
    }

    [Theory]
    [InlineData("單于文", "單", "于文")]
    [InlineData("諸葛亮", "諸", "葛亮")]
    public void An_explicit_surname_wins(string name, string surname, string given)
    {
        var person = new Person { Name = name, Surname = surname };

        Assert.Equal(surname, person.GetSurname());
        Assert.Equal(given, person.GetGivenName());
    }

    [Theory]
    [InlineData("賴錫祿", "秘書長", HonorificStyle.SurnameTitleGiven, "賴秘書長錫祿")]
    [InlineData("曾文杞", "委員", HonorificStyle.SurnameTitleGiven, "曾委員文杞")]
    [InlineData("張松年", "委員", HonorificStyle.SurnameTitleGiven, "張委員松年")]
    [InlineData("黃淑鈴", "委員", HonorificStyle.NameTitle, "黃淑鈴委員")]
    [InlineData("黃淑鈴", "委員", HonorificStyle.TitleName, "委員黃淑鈴")]
    [InlineData("歐陽娜娜", "委員", HonorificStyle.SurnameTitleGiven, "歐陽委員娜娜")]
    [InlineData("張簡文彬", "處長", HonorificStyle.SurnameTitleGiven, "張簡處長文彬")]
    [InlineData("范姜新熙", "局長", HonorificStyle.NameTitle, "范姜新熙局長")]
    [InlineData("鄭蕙萱", null, HonorificStyle.SurnameTitleGiven, "鄭蕙萱")]
    [InlineData("鄭蕙萱", "", HonorificStyle.TitleName, "鄭蕙萱")]
    [InlineData("高潞·以用", "委員", HonorificStyle.SurnameTitleGiven, "高潞·以用委員")]
    public void ToHonorific_places_the_title(string name, string? title, HonorificStyle style, string expected)
    {
        var person = new Person { Name = name, Title = title };

        Assert.Equal(expected, person.ToHonorific(style));
    }

    [Fact]
    public void ToHonorific_defaults_to_surname_title_given()
    {
        Assert.Equal("賴秘書長錫祿", new Person { Name = "賴錫祿", Title = "秘書長" }.ToHonorific());
    }

    [Fact]
    public void The_common_compound_surnames_are_known()
    {
        string[] required = ["歐陽", "司馬", "諸葛", "張簡", "范姜", "上官", "司徒", "夏侯", "東方", "皇甫", "長孫", "慕容", "令狐", "端木", "公孫", "軒轅", "尉遲", "單于"];

        Assert.All(required, surname => Assert.Contains(surname, PersonNames.CompoundSurnames));
    }
}
