namespace GraphBuilder.Rdf.Writers;

/// <summary>TriG: Turtle with one <c>&lt;graph&gt; { ... }</c> block per run of quads in the same named graph.</summary>
public sealed class TriGWriter(TextWriter writer) : TurtleWriter(writer, namedGraphs: true);
