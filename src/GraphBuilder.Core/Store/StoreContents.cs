using System.Collections.Immutable;
using GraphBuilder.Core.Graph;

namespace GraphBuilder.Core.Store;

/// <summary>What an <see cref="ArticleStore"/> holds: the fingerprint of what made it and one record per article, in article-id order.</summary>
public sealed record StoreContents(string Fingerprint, ImmutableArray<ArticleContribution> Records);
