namespace Minutes.Templating.Model.Shapes;

/// <summary>What kind of value a model property holds, as the input writes it.</summary>
internal enum ValueKind
{
    Text,
    Integer,
    Boolean,
    Date,
    Time,
    Object,
    List,
}
