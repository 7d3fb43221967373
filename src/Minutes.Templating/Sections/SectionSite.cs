using System;
using System.Collections.Generic;
using Minutes.Templating.Diagnostics;
using Minutes.Templating.Input;

namespace Minutes.Templating.Sections;

/// <summary>
/// Where an insertable section sits in a meeting: the model type its form fills, the meeting built
/// around it so that the template numbers it as the clerk asked, and the bookmark the minutes
/// template places around such a part (<c>_MinutesFacts</c>, <c>_MinutesSection</c>,
/// <c>_MinutesItem</c>, <c>_MinutesSuggestion</c>, <c>_MinutesEnd</c>).
/// </summary>
/// <param name="Type">The model type whose properties the form fills.</param>
/// <param name="Keys">
/// The properties shown in the form, dotted for one inside an object (<c>attendance.note</c>); null
/// for all. Only a site whose type holds more than its part (the meeting: the facts, 散會) names them.
/// </param>
/// <param name="Marker">The name of the bookmark around the rendered part.</param>
/// <param name="Place">Builds the meeting from the form's mapping and the clerk's number.</param>
internal sealed record SectionSite(Type Type, IReadOnlyList<string>? Keys, string Marker, Func<DataMapping, int, SectionPlacement> Place);

/// <summary>A meeting built around one section.</summary>
/// <param name="Meeting">The meeting's input tree.</param>
/// <param name="Fragment">The data path of the section inside the meeting.</param>
/// <param name="Occurrence">Which bookmark of the site's marker, counted from 1 in document order, holds the section.</param>
internal sealed record SectionPlacement(DataNode Meeting, DataPath Fragment, int Occurrence);
