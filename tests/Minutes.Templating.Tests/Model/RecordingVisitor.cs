using System.Collections.Generic;
using System.Globalization;
using Minutes.Templating.Model;
using Minutes.Templating.Model.Shapes;

namespace Minutes.Templating.Tests.Model;

/// <summary>Records what <see cref="ModelWalker"/> passes, one line per call, and each text's path and role.</summary>
internal sealed class RecordingVisitor : IModelVisitor
{
    public List<string> Events { get; } = new();

    public List<(string Path, string Text, TextRole? Role)> Texts { get; } = new();

    public void BeginObject() => Events.Add("{");

    public void EndObject() => Events.Add("}");

    public void BeginList(bool flatSingle) => Events.Add("[");

    public void EndList(bool flatSingle) => Events.Add("]");

    public void Key(string key) => Events.Add(key + ":");

    public void Text(string value, ModelPosition at)
    {
        Events.Add("'" + value + "'");
        Texts.Add((at.Path().ToString(), value, at.Role));
    }

    public void Date(System.DateTime value, ModelPosition at) => Text(ModelWalker.IsoDate(value), at);

    public void Time(System.TimeSpan value, ModelPosition at) => Text(ModelWalker.IsoTime(value), at);

    public void Number(int value) => Events.Add(value.ToString(CultureInfo.InvariantCulture));

    public void Boolean(bool value) => Events.Add(value ? "true" : "false");
}
