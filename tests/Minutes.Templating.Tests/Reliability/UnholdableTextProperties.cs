using Minutes.Templating.Diagnostics;
using System.Linq;
using Minutes.Templating.Input;
using Minutes.Templating.Validation;

namespace Minutes.Templating.Tests.Reliability;

/// <summary>
/// A text XML cannot hold (a control character, U+FFFE/U+FFFF, an unpaired surrogate) is
/// refused before anything is written, with an error naming each such field: never dropped
/// silently, never written into an invalid document.
/// </summary>
public sealed class UnholdableTextProperties
{
    /// <summary>Validation, every built-in template and the reader all name exactly the poisoned fields.</summary>
    /// <param name="poisoned">A generated meeting with such characters in some texts.</param>
    [FsCheck.Xunit.Property(Arbitrary = [typeof(MeetingGenerators)], MaxTest = 500, Replay = BuiltInTemplateProperties.Seed)]
    public void IsRefusedNamingTheField(PoisonedMeeting poisoned)
    {
        var expected = poisoned.PoisonedPaths.OrderBy(p => p, System.StringComparer.Ordinal).ToList();

        var found = MeetingValidator.Validate(poisoned.Meeting).Where(d => d.RuleId == "invalid-character").Select(d => d.Path);
        Assert.Equal(expected, found.OrderBy(p => p, System.StringComparer.Ordinal));

        foreach (var template in new[] { "minutes", "notice", "sign-in" })
        {
            var e = Assert.Throws<InvalidMeetingException>(() => MinutesTemplate.BuiltIn(template).RenderToBytes(poisoned.Meeting));
            Assert.Equal(expected, e.Diagnostics.Where(d => d.RuleId == "invalid-character").Select(d => d.Path).OrderBy(p => p, System.StringComparer.Ordinal));
        }

        // JSON writing replaces an unpaired surrogate with U+FFFD (the reader refuses an escaped one: see BadInputTests).
        var expectedInJson = MeetingGenerators.PathsWithUnholdableCharacters(poisoned.Meeting, surrogates: false).OrderBy(p => p, System.StringComparer.Ordinal);
        var read = MeetingReader.Read(MeetingWriter.ToJson(poisoned.Meeting), "poisoned.json", InputFormat.Json);
        Assert.Equal(expectedInJson, read.Diagnostics.Where(d => d.RuleId == "invalid-character").Select(d => d.Path).OrderBy(p => p, System.StringComparer.Ordinal));
        Assert.All(read.Diagnostics.Where(d => d.RuleId == "invalid-character"), d => Assert.NotNull(d.Location));
    }
}
