using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Recognition;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>
/// The coreference steps, in their order, as pipeline components: people and their later short forms and
/// spelling variants (Im Chong-il / Im Chon Il, Lavrov -> Sergei Lavrov, Kim -> Kim Jong Un), anaphoric
/// phrases ("negara tersebut", "kedua negara"), role anaphors ("Pemimpin Korea Utara itu",
/// "Menteri Luar Negeri kedua negara"), pronouns whose antecedent is the clear subject, a speaker's "we",
/// and finally the document's entities. Each step sees the mentions the steps before it added; the title
/// constructions are found again before each step that reads them, since the mentions changed.
/// Identity never crosses documents here: two people sharing a surname stay apart unless one is named in full.
/// </summary>
public static class CoreferenceResolver
{
    public static IEnumerable<IDocumentComponent> Components(ExtractionData data, string defaultLanguage)
    {
        ArgumentNullException.ThrowIfNull(data);
        return
        [
            new PersonResolver(data, defaultLanguage),
            new TitleAnnotator(data, defaultLanguage, "people resolved"),
            new PhraseResolver(data, defaultLanguage),
            new TitleAnnotator(data, defaultLanguage, "phrases resolved"),
            new RoleResolver(data.Gazetteer),
            new PronounResolver(data, defaultLanguage),
            new TitleAnnotator(data, defaultLanguage, "pronouns resolved"),
            new SpeakerResolver(data, defaultLanguage),
            new EntityDeclarer(data.Gazetteer),
        ];
    }
}
