using GraphBuilder.Cli.Commands;
using NATS.Client.Core;
using NATS.Net;

namespace GraphBuilder.Cli.Streaming;

/// <summary>Opens the NATS connection for a command, turning "server not there" into one clear line.</summary>
public static class NatsConnector
{
    public static async Task<NatsClient?> ConnectAsync(CliContext context, string url, string name)
    {
        var client = new NatsClient(new NatsOpts { Url = url, Name = name, MaxReconnectRetry = 5 });
        try
        {
            await client.ConnectAsync().ConfigureAwait(false);
            return client;
        }
        catch (NatsException e)
        {
            context.Error.WriteLine($"error: cannot connect to NATS at {url}: {e.Message}");
            await client.DisposeAsync().ConfigureAwait(false);
            return null;
        }
    }
}
