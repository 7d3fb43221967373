using System;

namespace Minutes.Templating.Model;

/// <summary>
/// Marks the property that a plain string fills when the input writes this type as a single
/// scalar instead of a mapping (for example an attendee written as <c>- 社會處</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class ScalarFormAttribute : Attribute
{
}
