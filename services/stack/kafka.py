"""One Apache Kafka 4 node in KRaft mode (broker and controller) on loopback."""

import base64
import subprocess
import uuid
from pathlib import Path

from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from services.settings import Settings
from services.stack.errors import StackError
from services.stack.process import JavaServer

MAIN_CLASS = "kafka.Kafka"
STORAGE_TOOL = "kafka.tools.StorageTool"
READINESS_TOPIC = "__contamina_readiness"

LOG4J2 = """\
appender.file.type = RollingFile
appender.file.name = file
appender.file.fileName = ${sys:kafka.logs.dir}/server.log
appender.file.filePattern = ${sys:kafka.logs.dir}/server.log.%i
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
appender.file.policies.type = Policies
appender.file.policies.size.type = SizeBasedTriggeringPolicy
appender.file.policies.size.size = 20MB
appender.file.strategy.type = DefaultRolloverStrategy
appender.file.strategy.max = 3
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = file
logger.kafka.name = kafka
logger.kafka.level = WARN
logger.apache.name = org.apache.kafka
logger.apache.level = WARN
"""


def server(settings: Settings) -> JavaServer:
    return JavaServer("kafka", MAIN_CLASS, settings.stack_dir / "kafka")


def server_properties(settings: Settings, data_dir: Path) -> str:
    broker = settings.kafka_port
    controller = settings.kafka_controller_port
    return "\n".join(
        [
            "process.roles=broker,controller",
            "node.id=1",
            f"controller.quorum.voters=1@127.0.0.1:{controller}",
            f"listeners=PLAINTEXT://127.0.0.1:{broker},CONTROLLER://127.0.0.1:{controller}",
            f"advertised.listeners=PLAINTEXT://127.0.0.1:{broker}",
            "controller.listener.names=CONTROLLER",
            "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
            "inter.broker.listener.name=PLAINTEXT",
            f"log.dirs={data_dir}",
            "num.partitions=3",
            "offsets.topic.replication.factor=1",
            "offsets.topic.num.partitions=3",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            "auto.create.topics.enable=false",
            "log.retention.hours=-1",
            "",
        ]
    )


def prepare(settings: Settings, java: Path, classpath: list[Path]) -> tuple[list[str], list[str]]:
    """Write the configuration, format storage on first start; return JVM and program args."""
    home = server(settings).home
    config, data, logs = home / "config", home / "data", home / "logs"
    for directory in (config, data, logs):
        directory.mkdir(parents=True, exist_ok=True)
    properties = config / "server.properties"
    properties.write_text(server_properties(settings, data))
    log4j = config / "log4j2.properties"
    log4j.write_text(LOG4J2)
    jvm = [
        f"-Xms{settings.kafka_heap}",
        f"-Xmx{settings.kafka_heap}",
        "-XX:+UseG1GC",
        "-Djava.awt.headless=true",
        f"-Dkafka.logs.dir={logs}",
        f"-Dlog4j2.configurationFile={log4j}",
    ]
    if not (data / "meta.properties").is_file():
        _format(java, jvm, classpath, properties, home)
    return jvm, [str(properties)]


def new_cluster_id() -> str:
    """A random cluster id as Kafka's own `Uuid.randomUuid` makes one: base64url of 16 bytes,
    drawn again when it starts with "-", which the storage tool would read as an option."""
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        if not cluster_id.startswith("-"):
            return cluster_id


def _format(
    java: Path, jvm: list[str], classpath: list[Path], properties: Path, home: Path
) -> None:
    cluster_id = new_cluster_id()
    command = [
        str(java), *jvm, "-cp", ":".join(map(str, classpath)), STORAGE_TOOL,
        "format", "--ignore-formatted", "-t", cluster_id, "-c", str(properties),
    ]  # fmt: skip
    result = subprocess.run(command, cwd=home, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise StackError(f"formatting Kafka storage failed:\n{result.stdout}{result.stderr}")


def ready(bootstrap_servers: str, timeout: float = 10.0) -> bool:
    """True when a message produced to the broker can be consumed back."""
    try:
        round_trip(bootstrap_servers, timeout)
    except KafkaError:
        return False
    return True


def round_trip(bootstrap_servers: str, timeout: float = 10.0) -> None:
    timeout_ms = int(timeout * 1000)
    admin = KafkaAdminClient(bootstrap_servers=bootstrap_servers, request_timeout_ms=timeout_ms)
    try:
        admin.create_topics([NewTopic(READINESS_TOPIC, 1, 1)])
    except TopicAlreadyExistsError:
        pass
    finally:
        admin.close()
    probe = uuid.uuid4().bytes
    producer = KafkaProducer(bootstrap_servers=bootstrap_servers, acks="all")
    try:
        sent = producer.send(READINESS_TOPIC, probe, partition=0).get(timeout=timeout)
    finally:
        producer.close()
    consumer = KafkaConsumer(bootstrap_servers=bootstrap_servers, consumer_timeout_ms=timeout_ms)
    try:
        partition = TopicPartition(READINESS_TOPIC, 0)
        consumer.assign([partition])
        consumer.seek(partition, sent.offset)
        record = next(iter(consumer), None)
    finally:
        consumer.close()
    if record is None or record.value != probe:
        raise KafkaError("the readiness probe was produced but not consumed back")
