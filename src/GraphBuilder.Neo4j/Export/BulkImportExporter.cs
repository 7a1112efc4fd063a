using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Output;
using GraphBuilder.Neo4j.Model;

namespace GraphBuilder.Neo4j.Export;

/// <summary>
/// Format "neo4j-csv": the CSVs under <c>neo4j-import/</c> for <c>neo4j-admin database import full</c>
/// (see <see cref="BulkImportLayout.ImportCommand"/>), plus <c>schema.cypher</c> to run afterwards.
/// <c>graphbuilder load neo4j</c> reads the same files to load a running server.
/// </summary>
public sealed class BulkImportExporter : IGraphExporter
{
    public string Format => "neo4j-csv";

    public IReadOnlyList<string> FileNames => BulkImportLayout.Files;

    public void Export(KnowledgeGraph graph, OutputDirectory output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var model = Neo4jGraphMapper.From(graph);
        Write(model, output, cancellationToken);
    }

    public static void Write(Neo4jGraph model, OutputDirectory output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        var writers = new (string File, Action<TextWriter> Write)[]
        {
            (BulkImportLayout.Entities, w => BulkImportWriter.WriteEntities(model, w)),
            (BulkImportLayout.Articles, w => BulkImportWriter.WriteArticles(model, w)),
            (BulkImportLayout.Sentences, w => BulkImportWriter.WriteSentences(model, w)),
            (BulkImportLayout.Evidence, w => BulkImportWriter.WriteEvidence(model, w)),
            (BulkImportLayout.Relations, w => BulkImportWriter.WriteRelations(model, w)),
            (BulkImportLayout.ArticleSentences, w => BulkImportWriter.WriteArticleSentences(model, w)),
            (BulkImportLayout.Mentions, w => BulkImportWriter.WriteMentions(model, w)),
            (BulkImportLayout.EvidenceSentences, w => BulkImportWriter.WriteEvidenceSentences(model, w)),
            (BulkImportLayout.EvidenceEntities, w => BulkImportWriter.WriteEvidenceEntities(model, w)),
            (BulkImportLayout.Schema, BulkImportWriter.WriteSchema),
        };
        foreach (var (file, write) in writers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            output.WriteText(BulkImportLayout.Directory + "/" + file, write);
        }
    }
}
