using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;

namespace GraphBuilder.Core.Tests;

public class DocumentPipelineTests
{
    private sealed class Append(string note) : IDocumentComponent
    {
        public string Name => note;
        public Document Process(Document document) => document with { Warnings = document.Warnings.Add(note) };
    }

    [Fact]
    public void Process_FoldsComponentsInOrderWithoutMutatingInput()
    {
        var input = new Document(new Article("a", "t", "text", "p"));
        var pipeline = new DocumentPipeline([new Append("segment"), new Append("recognise")]);

        var output = pipeline.Process(input);

        Assert.Equal(["segment", "recognise"], output.Warnings.ToArray());
        Assert.Empty(input.Warnings);
    }
}
