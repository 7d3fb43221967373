namespace Minutes.Templating.BuiltIn;

/// <summary>A template shipped inside the library.</summary>
/// <param name="Name">The name to ask for it by, such as <c>minutes</c>.</param>
/// <param name="Title">Its Chinese title, such as 會議紀錄.</param>
/// <param name="Description">One line on what it produces, in English.</param>
public sealed record BuiltInTemplate(string Name, string Title, string Description);
