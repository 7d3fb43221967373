using System.Linq;
using System.Text.RegularExpressions;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Model;

namespace Minutes.Templating.Conventions.Rules;

/// <summary>
/// 紀錄 is the noun (會議紀錄, 紀錄表, 列入紀錄), 記錄 the verb (記錄在案, 予以記錄), per the
/// 法律統一用字表. Flags 記錄 where the text makes it a noun: after 會議, 訪談, 前次 … or a verb
/// that takes it as an object (作成, 列入, 參閱), or before 表, 簿, 冊, 單, 卡, 檔, 片. The
/// verb is never flagged; a 記錄 the patterns cannot tell is left alone, and so is one inside
/// a quotation or title (「…會議記錄」 names a document as its source wrote it).
/// </summary>
internal sealed class RecordNounRule : TextConventionRule
{
    public RecordNounRule()
        : base(DiagnosticRules.RecordNoun)
    {
    }

    private static readonly Regex Noun = new(
        "(?<=(?:會議|會談|座談會?|研商會?|審查會?|協調會|說明會|訪談|通話|通聯|談話|工作|出勤|前次|上次|本次|該次|歷次|次會|作成|做成|製作|列入|參閱|詳見|檢附|附件|原|該|此份|一份|份)(?:之|的)?)記錄(?!在案|下來)"
        + "|記錄(?=[簿冊卡片]|表(?![決示達明])|單(?!位)|檔(?!案))",
        RegexOptions.CultureInvariant);

    /// <inheritdoc />
    protected override Diagnostic? CheckText(Meeting meeting, TextField field)
    {
        if (field.Role is TextRole.Name)
        {
            return null;
        }

        var quoted = QuotedText.Mask(field.Text);
        var first = Noun.Matches(field.Text).Cast<Match>().FirstOrDefault(match => !quoted[match.Index]);
        if (first is null)
        {
            return null;
        }

        var context = Excerpt.Around(field.Text, first.Index, first.Length);
        var replacement = Noun.Replace(field.Text, match => quoted[match.Index] ? match.Value : "紀錄");
        return Finding(field.Path, replacement, $"「{context}」", $"'{context}'");
    }
}
