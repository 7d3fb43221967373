using System;

namespace Minutes.Templating.Model;

/// <summary>
/// Marks a text that may hold line breaks: the built-in templates start a new paragraph at each
/// (outline points, section texts, 回應, 主席裁示) or write it where a break cannot stretch a
/// line (a table cell). Every other text is one line, and a line break in it is refused
/// (<c>one-line-text</c>): in a justified paragraph a soft break makes Word and LibreOffice stretch
/// the line before it across the page. On a list of texts it applies to each element.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
internal sealed class MultiLineAttribute : Attribute
{
}
