using System.CommandLine;

namespace GraphBuilder.Cli.Streaming;

/// <summary>The --nats and --stream options `submit` and `worker` share.</summary>
public static class NatsOptions
{
    public static Option<string?> Url() => new("--nats")
    {
        Description = $"NATS server address [config Nats:Url, default {NatsSettings.DefaultUrl}].",
        HelpName = "URL",
    };

    public static Option<string?> Stream() => new("--stream")
    {
        Description = "JetStream stream name; articles go on subject NAME.articles [config Nats:Stream, default graphbuilder].",
        HelpName = "NAME",
    };
}
