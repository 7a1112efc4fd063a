namespace GraphBuilder.Rdf.Terms;

/// <summary>A blank node with a document-scoped label of ASCII letters, digits, '_' and '-' (not starting with '-').</summary>
public sealed record BlankNode : RdfResource
{
    private BlankNode(string label) => Label = label;

    public string Label { get; }

    public static BlankNode Create(string label)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        if (label[0] == '-' || !label.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            throw new FormatException($"Invalid blank node label '{label}': use ASCII letters, digits, '_' and '-'.");
        return new BlankNode(label);
    }

    public override string ToString() => "_:" + Label;
}
