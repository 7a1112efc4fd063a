using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace GraphBuilder.Streaming;

/// <summary>Creates (or updates) the stream and the shared durable consumer; both calls are idempotent.</summary>
public static class StreamSetup
{
    public static Task<INatsJSStream> EnsureStreamAsync(INatsJSContext js, StreamTopology topology, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(js);
        ArgumentNullException.ThrowIfNull(topology);
        var config = new StreamConfig(topology.Stream, [topology.Subject])
        {
            Storage = StreamConfigStorage.File,
            Retention = StreamConfigRetention.Limits,
            DuplicateWindow = topology.DuplicateWindow,
        };
        return js.CreateOrUpdateStreamAsync(config, ct).AsTask();
    }

    public static Task<INatsJSConsumer> EnsureConsumerAsync(INatsJSContext js, StreamTopology topology, int maxAckPending, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(js);
        ArgumentNullException.ThrowIfNull(topology);
        var config = new ConsumerConfig(topology.Consumer)
        {
            AckPolicy = ConsumerConfigAckPolicy.Explicit,
            DeliverPolicy = ConsumerConfigDeliverPolicy.All,
            AckWait = topology.AckWait,
            MaxAckPending = maxAckPending,
            FilterSubject = topology.Subject,
        };
        return js.CreateOrUpdateConsumerAsync(topology.Stream, config, ct).AsTask();
    }
}
