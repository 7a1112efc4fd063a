using System.Net.Sockets;

namespace GraphBuilder.Cli.Commands;

/// <summary>What to tell a user when a SPARQL server cannot be reached: refused, unknown host, or no answer in time.</summary>
public static class ConnectionHint
{
    /// <summary>A one-line hint for the failure, or null when there is nothing useful to add.</summary>
    public static string? For(Exception error, string url, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(error);
        var host = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"{uri.Host}:{uri.Port}" : url;
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is SocketException socket)
            {
                return socket.SocketErrorCode switch
                {
                    SocketError.ConnectionRefused => $"hint: nothing is listening on {host}; is the store running (e.g. `docker compose up -d`), and is the port right?",
                    SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => $"hint: the host name in {url} cannot be resolved; check the URL.",
                    _ => $"hint: cannot connect to {host} ({socket.SocketErrorCode}).",
                };
            }
            if (e is TimeoutException || e is TaskCanceledException { InnerException: TimeoutException })
                return TimeoutHint(host, timeout);
        }
        return error is TaskCanceledException ? TimeoutHint(host, timeout) : null;
    }

    private static string TimeoutHint(string host, TimeSpan timeout) =>
        $"hint: {host} accepted the connection but gave no answer within {timeout:g}; the server may be hung or busy. "
        + "Raise the limit with --set Sparql:Timeout=00:05:00 if it is only slow.";
}
