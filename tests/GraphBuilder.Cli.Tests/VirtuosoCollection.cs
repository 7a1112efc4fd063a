using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

/// <summary>One private Virtuoso instance shared by the publish/sparql command tests, stopped by PID at the end.</summary>
[CollectionDefinition(Name)]
public sealed class VirtuosoCollection : ICollectionFixture<VirtuosoServer>
{
    public const string Name = "virtuoso";
}
