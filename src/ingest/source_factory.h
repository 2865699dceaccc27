// Opens the source a URI names (see core/source_uri.h for the forms). Used by the app's
// Feed > Connect and by `frauddesk-cli ingest`.
#pragma once

#include <memory>
#include <optional>

#include "core/field_mapping.h"
#include "core/source_uri.h"
#include "source.h"

namespace fd {

// Whether this build has the Kafka source (librdkafka was found at build time).
bool kafka_supported();

// The mapping a URI asks for with ?mapping=NAME|FILE, or nullopt (detect from the data).
// Throws std::runtime_error naming the profile when it cannot be loaded.
std::optional<MappingProfile> mapping_for(const SourceUri& uri);

// Throws SourceUriError or std::runtime_error with a message for the user (a missing
// file, a port in use, Kafka not built in). Connecting sources (tcp, kafka) do not fail
// here when the peer is down: they retry and show it in their status.
std::unique_ptr<Source> open_source(const SourceUri& uri);

}  // namespace fd
