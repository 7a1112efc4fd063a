using System.Globalization;
using System.Text;
using System.Xml;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Visualization.GraphMl;

/// <summary>
/// Writes a knowledge graph as GraphML (http://graphml.graphdrawing.org/xmlns) for Gephi, yEd and
/// Cytoscape desktop. Node ids are <c>n0, n1, ...</c> in entity-id order (GraphML ids must be
/// NMTOKENs, which a stable id's "/" is not); the stable id is the <c>entity_id</c> attribute.
/// Symmetric relations are undirected edges. Deterministic: same graph, same bytes.
/// </summary>
public static class GraphMlWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const string SchemaLocation = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    /// <summary>Separator between values in a single-valued attribute (<c>aliases</c>, <c>article_ids</c>, <c>attributions</c>).</summary>
    public const string AliasSeparator = " | ";

    public static void Write(KnowledgeGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
        };
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        xml.WriteAttributeString("schemaLocation", XsiNamespace, SchemaLocation);
        foreach (var key in GraphMlKey.NodeKeys.Concat(GraphMlKey.EdgeKeys)) WriteKey(xml, key);
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");

        var nodeIds = new Dictionary<string, string>(graph.Entities.Length, StringComparer.Ordinal);
        foreach (var entity in graph.Entities)
        {
            var nodeId = "n" + nodeIds.Count.ToString(CultureInfo.InvariantCulture);
            nodeIds.Add(entity.Id, nodeId);
            WriteNode(xml, nodeId, entity);
        }
        var edgeIndex = 0;
        foreach (var relation in graph.Relations)
        {
            WriteEdge(xml, "e" + (edgeIndex++).ToString(CultureInfo.InvariantCulture), nodeIds[relation.SubjectId], nodeIds[relation.ObjectId], relation);
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteKey(XmlWriter xml, GraphMlKey key)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", key.Id);
        xml.WriteAttributeString("for", key.For);
        xml.WriteAttributeString("attr.name", key.Name);
        xml.WriteAttributeString("attr.type", key.Type);
        xml.WriteEndElement();
    }

    private static void WriteNode(XmlWriter xml, string nodeId, GraphEntity entity)
    {
        xml.WriteStartElement("node", Namespace);
        xml.WriteAttributeString("id", nodeId);
        WriteData(xml, "label", entity.Name);
        WriteData(xml, "class", entity.Type.ToString());
        WriteData(xml, "entity_id", entity.Id);
        if (entity.Aliases.Length > 0) WriteData(xml, "aliases", string.Join(AliasSeparator, entity.Aliases));
        if (entity.Wikidata is not null) WriteData(xml, "wikidata", entity.Wikidata);
        WriteData(xml, "article_count", entity.ArticleCount.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter xml, string edgeId, string source, string target, GraphRelation relation)
    {
        xml.WriteStartElement("edge", Namespace);
        xml.WriteAttributeString("id", edgeId);
        xml.WriteAttributeString("source", source);
        xml.WriteAttributeString("target", target);
        if (relation.Predicate.IsSymmetric) xml.WriteAttributeString("directed", "false");
        WriteData(xml, "type", relation.Predicate.LocalName);
        WriteData(xml, "evidence_count", relation.EvidenceCount.ToString(CultureInfo.InvariantCulture));
        // GraphML carries the relation confidence rounded to 4 digits, half to even (as graph.json).
        WriteData(xml, "confidence", Math.Round(relation.Confidence, 4).ToString("R", CultureInfo.InvariantCulture));
        if (relation.FirstDate is { } first) WriteData(xml, "first_date", first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (relation.LastDate is { } last) WriteData(xml, "last_date", last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        // Evidence, as far as flat attributes allow: the first supporting sentence and every article it comes from.
        if (relation.Evidence.Length > 0) WriteData(xml, "first_sentence", relation.Evidence[0].SentenceText);
        WriteData(xml, "article_ids", string.Join(AliasSeparator, relation.ArticleIds));
        WriteData(xml, "edge_article_count", relation.ArticleIds.Length.ToString(CultureInfo.InvariantCulture));
        if (relation.Attributions.Length > 0) WriteData(xml, "attributions", string.Join(AliasSeparator, relation.Attributions));
        xml.WriteEndElement();
    }

    private static void WriteData(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlSafeText.Clean(value));
        xml.WriteEndElement();
    }
}
