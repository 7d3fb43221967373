namespace Minutes.Templating.Model;

/// <summary>
/// What a text of the meeting is, declared on the model property that holds it, so
/// that each convention rule looks only where it applies.
/// </summary>
public enum TextRole
{
    /// <summary>Free text: lead texts, responses, rulings, notes.</summary>
    Text,

    /// <summary>Part of the document title (agency, meeting name, session), which carries no punctuation.</summary>
    Title,

    /// <summary>A person's name, title or unit.</summary>
    Name,

    /// <summary>A text the template numbers (section headings, outline items, suggestions, subjects).</summary>
    Numbered,

    /// <summary>A chair's decision (決定) on a report or a followed-up item.</summary>
    Decision,

    /// <summary>A resolution (決議) on a proposal or motion.</summary>
    Resolution,
}
