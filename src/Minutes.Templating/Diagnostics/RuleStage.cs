namespace Minutes.Templating.Diagnostics;

/// <summary>The stage of the pipeline that reports a rule's findings.</summary>
public enum RuleStage
{
    /// <summary>Reading a YAML or JSON meeting file (<c>MeetingReader</c>).</summary>
    Input,

    /// <summary>Facts a meeting must get right to be rendered (<c>MeetingValidator</c>).</summary>
    Validation,

    /// <summary>Conventions of official minutes (<c>ConventionChecker</c>, <c>minutes lint</c>).</summary>
    Lint,

    /// <summary>Compiling or rendering a .docx template.</summary>
    Template,

    /// <summary>The fields of one section inserted by the Word add-in.</summary>
    Section,
}
