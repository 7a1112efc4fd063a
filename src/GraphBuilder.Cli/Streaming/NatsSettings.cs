using System.Globalization;
using GraphBuilder.Streaming;
using Microsoft.Extensions.Configuration;

namespace GraphBuilder.Cli.Streaming;

/// <summary>The `Nats:` section: server address, stream and consumer names, duplicate window and ack wait.</summary>
public sealed record NatsSettings(string Url, StreamTopology Topology)
{
    public const string DefaultUrl = "nats://127.0.0.1:4222";

    /// <summary>Binds the section; throws ArgumentException or FormatException naming the bad key.</summary>
    public static NatsSettings Bind(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Nats");
        var url = section["Url"] is { Length: > 0 } u ? u : DefaultUrl;
        if (!url.StartsWith("nats://", StringComparison.Ordinal) && !url.StartsWith("tls://", StringComparison.Ordinal))
            throw new FormatException($"Nats:Url must start with nats:// or tls://, got '{url}'");
        var topology = new StreamTopology(section["Stream"] is { Length: > 0 } s ? s : "graphbuilder", section["Consumer"])
        {
            DuplicateWindow = Seconds(section, "DuplicateWindowSeconds", 86400),
            AckWait = Seconds(section, "AckWaitSeconds", 30),
        };
        return new NatsSettings(url, topology);
    }

    private static TimeSpan Seconds(IConfigurationSection section, string key, int fallback)
    {
        var text = section[key];
        if (string.IsNullOrEmpty(text)) return TimeSpan.FromSeconds(fallback);
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            throw new FormatException($"Nats:{key} must be a whole number of seconds >= 1, got '{text}'");
        return TimeSpan.FromSeconds(value);
    }
}
