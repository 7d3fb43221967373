using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Linq.Expressions;
using Minutes.Templating.Diagnostics;

namespace Minutes.Templating.Model.Shapes;

/// <summary>
/// Walks a model value by its shape (<see cref="TypeShape"/>) in document order, passing each
/// object, list, key and scalar to an <see cref="IModelVisitor"/>. The one traversal of the
/// model: writing YAML and JSON, finding unstorable characters and collecting texts for lint
/// all use it. Null values and values equal to their property's default are skipped, so the
/// writer leaves them out and reading its output gives an equal value; no default holds a
/// text that is checked. Properties are read through compiled getters, and a walk allocates
/// nothing per value.
/// </summary>
internal static class ModelWalker
{
    private static readonly ConcurrentDictionary<TypeShape, PropertyReader[]> Readers = new();

    /// <summary>Walks <paramref name="meeting"/>.</summary>
    public static void Visit(Meeting meeting, IModelVisitor visitor) => Visit(meeting, typeof(Meeting), visitor);

    /// <summary>Passes each text of <paramref name="meeting"/> (dates and times as written) to <paramref name="text"/>, in document order.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="text">Receives the text and its position; the position is valid only during the call.</param>
    public static void VisitTexts(Meeting meeting, TextVisitor text) => Visit(meeting, new TextsOnly(text));

    /// <summary>Walks <paramref name="value"/>, a value of model type <paramref name="type"/>.</summary>
    public static void Visit(object value, Type type, IModelVisitor visitor)
    {
        _ = value ?? throw new ArgumentNullException(nameof(value));
        new Walk(visitor).Value(value, ValueShape.For(type), null, multiLine: false);
    }

    /// <summary>A date as the JSON input format writes it: 2017-07-18.</summary>
    internal static string IsoDate(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A time as the JSON input format writes it: 13:30.</summary>
    internal static string IsoTime(TimeSpan time) => time.ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    /// <summary>Receives one text of a walk and its position (role, path on request).</summary>
    internal delegate void TextVisitor(string value, ModelPosition at);

    /// <summary>A visitor that passes texts on and ignores the structure around them.</summary>
    private sealed class TextsOnly(TextVisitor text) : IModelVisitor
    {
        public void BeginObject()
        {
        }

        public void EndObject()
        {
        }

        public void BeginList(bool flatSingle)
        {
        }

        public void EndList(bool flatSingle)
        {
        }

        public void Key(string key)
        {
        }

        public void Text(string value, ModelPosition at) => text(value, at);

        public void Date(DateTime value, ModelPosition at) => text(IsoDate(value), at);

        public void Time(TimeSpan value, ModelPosition at) => text(IsoTime(value), at);

        public void Number(int value)
        {
        }

        public void Boolean(bool value)
        {
        }
    }

    /// <summary>One walk: the visitor and the keys and indexes that lead to the current value.</summary>
    internal sealed class Walk
    {
        private readonly IModelVisitor visitor;

        // Each step is a key, or an index when Key is null; kept as values so a step costs no allocation.
        private readonly List<(string? Key, int Index)> steps = new();

        public Walk(IModelVisitor visitor) => this.visitor = visitor;

        public DataPath Path()
        {
            var path = DataPath.Root;
            foreach (var (key, index) in steps)
            {
                path = key is null ? path.Item(index) : path.Property(key);
            }

            return path;
        }

        public void Value(object value, ValueShape shape, TextRole? role, bool multiLine)
        {
            switch (shape.Kind)
            {
                case ValueKind.List:
                    var flatSingle = IsFlat(shape.Element) && HasOne((IEnumerable)value);
                    visitor.BeginList(flatSingle);
                    var index = 0;
                    foreach (var item in (IEnumerable)value)
                    {
                        steps.Add((null, index++));
                        Value(item, shape.Element, role, multiLine);
                        steps.RemoveAt(steps.Count - 1);
                    }

                    visitor.EndList(flatSingle);
                    break;
                case ValueKind.Object:
                    Object(value, role);
                    break;
                case ValueKind.Integer:
                    visitor.Number((int)value);
                    break;
                case ValueKind.Boolean:
                    visitor.Boolean((bool)value);
                    break;
                case ValueKind.Date:
                    visitor.Date((DateTime)value, new ModelPosition(this, null, multiLine: false));
                    break;
                case ValueKind.Time:
                    visitor.Time((TimeSpan)value, new ModelPosition(this, null, multiLine: false));
                    break;
                default:
                    visitor.Text((string)value, new ModelPosition(this, role, multiLine));
                    break;
            }
        }

        private static bool HasOne(IEnumerable list)
        {
            var items = list.GetEnumerator();
            return items.MoveNext() && !items.MoveNext();
        }

        /// <summary>A text, or an object of one kind whose properties are all scalars (a person).</summary>
        private static bool IsFlat(ValueShape element) => element.Kind switch
        {
            ValueKind.List => false,
            ValueKind.Object => element.Object.KindOf is null && element.Object.Kinds.Count == 0
                && element.Object.Properties.All(p => p.Value.Kind is not (ValueKind.List or ValueKind.Object)),
            _ => true,
        };

        /// <summary>
        /// Walks an object. <paramref name="inherited"/> is the role of the property holding it: a
        /// body of outline points declared a resolution makes each point's text a resolution.
        /// </summary>
        private void Object(object value, TextRole? inherited)
        {
            var type = TypeShape.For(value.GetType());
            visitor.BeginObject();
            if (type.KindOf is { } kind)
            {
                visitor.Key(TypeShape.KindKey);
                steps.Add((TypeShape.KindKey, -1));
                visitor.Text(kind, new ModelPosition(this, null, multiLine: false));
                steps.RemoveAt(steps.Count - 1);
            }

            var readers = Readers.GetOrAdd(type, PropertyReader.For);
            for (var i = 0; i < readers.Length; i++)
            {
                var property = type.Properties[i];
                var propertyValue = readers[i].Get(value);
                if (propertyValue is null || (!property.IsRequired && Equals(propertyValue, readers[i].Default)))
                {
                    continue;
                }

                visitor.Key(property.Key);
                steps.Add((property.Key, -1));
                var role = inherited is { } outer && property.Role is null or TextRole.Numbered ? outer : property.Role;
                Value(propertyValue, property.Value, role, property.IsMultiLine);
                steps.RemoveAt(steps.Count - 1);
            }

            visitor.EndObject();
        }
    }

    /// <summary>Reads one property through a compiled getter and knows its default, so a walk reflects over nothing.</summary>
    private sealed class PropertyReader
    {
        private PropertyReader(Func<object, object?> get, object? defaultValue)
        {
            Get = get;
            Default = defaultValue;
        }

        public Func<object, object?> Get { get; }

        public object? Default { get; }

        public static PropertyReader[] For(TypeShape type) => type.Properties.Select(p =>
        {
            var target = Expression.Parameter(typeof(object), "target");
            var read = Expression.Convert(Expression.Property(Expression.Convert(target, type.Type), p.Property), typeof(object));
            var get = Expression.Lambda<Func<object, object?>>(read, target).Compile();
            return new PropertyReader(get, type.Defaults is null ? null : get(type.Defaults));
        }).ToArray();
    }
}
