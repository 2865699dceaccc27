#include "source_factory.h"

#include <stdexcept>

#include "core/tr_mark.h"
#include "file_source.h"
#include "folder_source.h"
#include "sim_source.h"
#include "socket_source.h"
#ifdef FD_HAVE_KAFKA
#include "kafka_source.h"
#endif

namespace fd {

bool kafka_supported() {
#ifdef FD_HAVE_KAFKA
    return true;
#else
    return false;
#endif
}

std::optional<MappingProfile> mapping_for(const SourceUri& uri) {
    const std::string name = uri.param("mapping");
    if (name.empty()) return std::nullopt;
    return load_mapping(name, MappingProfileStore(MappingProfileStore::default_directory()));
}

std::unique_ptr<Source> open_source(const SourceUri& uri) {
    // Each kind's maker lives with its source; see the headers included above.
    switch (uri.kind) {
        case SourceKind::Tcp:
            return std::make_unique<TcpSource>(uri.host, uri.port, mapping_for(uri));
        case SourceKind::Listen:
            return std::make_unique<ListenSource>(uri.host, uri.port, mapping_for(uri));
        case SourceKind::Kafka:
#ifdef FD_HAVE_KAFKA
            return std::make_unique<KafkaSource>(uri.brokers, uri.topic, uri.param("group"),
                                                 mapping_for(uri));
#else
            throw std::runtime_error(
                fill_text(FD_TR("core/Sources",
                                "Source '%1': this build has no Kafka support; install librdkafka "
                                "(Debian: librdkafka-dev) and rebuild FraudDesk"),
                          {uri.text}));
#endif
        case SourceKind::File:
            return std::make_unique<FileSource>(uri);
        case SourceKind::Folder:
            return std::make_unique<FolderSource>(uri);
        case SourceKind::Sim:
            return open_sim_source(uri);
    }
    throw std::runtime_error(
        fill_text(FD_TR("core/Sources", "Source '%1': %2 sources are not available in this build"),
                  {uri.text, source_kind_name(uri.kind)}));
}

}  // namespace fd
