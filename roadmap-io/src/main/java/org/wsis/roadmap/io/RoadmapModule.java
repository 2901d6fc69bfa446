package org.wsis.roadmap.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.wsis.roadmap.ActionLineRoadmap;
import org.wsis.roadmap.Outcome;
import org.wsis.roadmap.Roadmap;
import org.wsis.roadmap.io.internal.LibraryVersion;
import org.wsis.roadmap.io.internal.ModelReader;
import org.wsis.roadmap.io.internal.ModelWriter;

/**
 * The Jackson module of the roadmap model, for applications that read and write roadmaps with their
 * own {@code ObjectMapper} (for example inside a larger JSON document or a web framework).
 *
 * <p>It writes {@link Roadmap}, {@link ActionLineRoadmap} and {@link Outcome} exactly as {@link
 * RoadmapJson} does (a roadmap with its {@code "schemaVersion"}), and reads them strictly with the
 * same checks and messages. Jackson finds it through {@code
 * META-INF/services/com.fasterxml.jackson.databind.Module} too, so {@code
 * ObjectMapper.findAndRegisterModules()} registers it.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new RoadmapModule());
 * String json = mapper.writeValueAsString(roadmap);
 * Roadmap back = mapper.readValue(json, Roadmap.class);
 * }</pre>
 *
 * <p>Extensions (properties of a roadmap, an action line or an outcome whose names start with
 * {@code x-}) are always read and kept, and written back. The mapper's deserialization features:
 * <ul>
 *   <li>{@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is honoured: enabled (Jackson's
 *       default), an unknown property that is not an extension fails the read as {@link RoadmapJson}
 *       does; disabled (Spring Boot's default), it is skipped, at every level of the model, as Jackson
 *       skips unknown properties of any bean. It is not kept as an extension, so that what the
 *       mapper writes back is always readable by the strict readers.
 *   <li>Every other feature is ignored, because the canonical JSON has one form: numbers, dates, enum
 *       names, single values for lists ({@code ACCEPT_SINGLE_VALUE_AS_ARRAY}), empty strings ({@code
 *       ACCEPT_EMPTY_STRING_AS_NULL_OBJECT}), case-insensitive enums, {@code FAIL_ON_NULL_FOR_PRIMITIVES}
 *       and {@code FAIL_ON_TRAILING_TOKENS} (which the mapper applies itself around the whole value)
 *       neither loosen nor tighten what the model accepts. The same holds for serialization features:
 *       the output is always the canonical JSON.
 * </ul>
 *
 * <p>A read problem surfaces as a {@link JsonMappingException} whose cause is the {@link
 * RoadmapReadException}. The read limits are those of the application's mapper, not {@link
 * ReadLimits}; use {@link RoadmapJson} for untrusted input. {@link #version()} is the version of
 * this library. Instances are thread-safe.
 */
public final class RoadmapModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public RoadmapModule() {
    super("RoadmapModule", libraryVersion());
    addSerializer(Roadmap.class, new RoadmapSerializer());
    addSerializer(ActionLineRoadmap.class, new ActionLineSerializer());
    addSerializer(Outcome.class, new OutcomeSerializer());
  }

  /** The library's version as a Jackson {@link Version}, such as {@code org.wsis.roadmap:roadmap-io:0.1.0}. */
  private static Version libraryVersion() {
    return VersionUtil.parseVersion(LibraryVersion.get(), "org.wsis.roadmap", "roadmap-io");
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializers(new ModelDeserializers());
  }

  /** Finds the readers for the model types and their generated implementations. */
  private static final class ModelDeserializers extends Deserializers.Base {
    private final Reading<Roadmap> roadmap = new Reading<>(ModelReader::readRoadmapValue);
    private final Reading<ActionLineRoadmap> actionLine = new Reading<>(ModelReader::readActionLineValue);
    private final Reading<Outcome> outcome = new Reading<>(ModelReader::readOutcomeValue);

    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription description) {
      Class<?> raw = type.getRawClass();
      if (Roadmap.class.isAssignableFrom(raw)) {
        return roadmap;
      }
      if (ActionLineRoadmap.class.isAssignableFrom(raw)) {
        return actionLine;
      }
      if (Outcome.class.isAssignableFrom(raw)) {
        return outcome;
      }
      return null;
    }
  }

  private static final class RoadmapSerializer extends JsonSerializer<Roadmap> {
    @Override
    public void serialize(Roadmap value, JsonGenerator g, SerializerProvider provider) throws IOException {
      ModelWriter.writeDocument(g, value);
    }

    @Override
    public Class<Roadmap> handledType() {
      return Roadmap.class;
    }
  }

  private static final class ActionLineSerializer extends JsonSerializer<ActionLineRoadmap> {
    @Override
    public void serialize(ActionLineRoadmap value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject();
      ModelWriter.writeActionLineFields(g, value, true);
      g.writeEndObject();
    }

    @Override
    public Class<ActionLineRoadmap> handledType() {
      return ActionLineRoadmap.class;
    }
  }

  private static final class OutcomeSerializer extends JsonSerializer<Outcome> {
    @Override
    public void serialize(Outcome value, JsonGenerator g, SerializerProvider provider) throws IOException {
      ModelWriter.writeOutcome(g, value);
    }

    @Override
    public Class<Outcome> handledType() {
      return Outcome.class;
    }
  }

  /** Reads one model value from the mapper's parser. */
  @FunctionalInterface
  private interface ValueRead<T> {
    T read(ModelReader reader) throws IOException;
  }

  private static final class Reading<T> extends JsonDeserializer<T> {
    private final ValueRead<T> read;

    Reading(ValueRead<T> read) {
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
      try {
        boolean skipUnknown = !context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return read.read(new ModelReader(p, true, 1, skipUnknown));
      } catch (RoadmapReadException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }
}
