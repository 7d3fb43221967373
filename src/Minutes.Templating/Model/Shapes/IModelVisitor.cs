using System;

namespace Minutes.Templating.Model.Shapes;

/// <summary>
/// Receives a model value from <see cref="ModelWalker"/> as the input format writes it:
/// objects and lists opened and closed, keys, and scalar values in document order.
/// </summary>
internal interface IModelVisitor
{
    void BeginObject();

    void EndObject();

    /// <summary>
    /// Opens a list. <paramref name="flatSingle"/> is true when it holds one text or one object of
    /// texts only (one recorder, one paragraph), which the reader also takes written alone.
    /// </summary>
    void BeginList(bool flatSingle);

    void EndList(bool flatSingle);

    /// <summary>The key of the value that follows: a property's camelCase key, or <c>kind</c>.</summary>
    void Key(string key);

    /// <summary>
    /// A text, or a date (<c>yyyy-MM-dd</c>) or time (<c>hh:mm</c>) written as text.
    /// <paramref name="at"/> tells its role and builds its path on request; it is valid only
    /// during this call.
    /// </summary>
    void Text(string value, ModelPosition at);

    /// <summary>A date; <paramref name="at"/> as for <see cref="Text"/>.</summary>
    void Date(DateTime value, ModelPosition at);

    /// <summary>A time of day; <paramref name="at"/> as for <see cref="Text"/>.</summary>
    void Time(TimeSpan value, ModelPosition at);

    void Number(int value);

    void Boolean(bool value);
}
