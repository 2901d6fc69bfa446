package org.wsis.roadmap.validation;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Fixed-size fingerprints for the cross-outcome checks of a stream: what a check remembers of each
 * outcome is a 64-bit hash of each key and an index, never the outcome. Ids are compared exactly
 * where their hashes meet (the ids themselves are kept, packed as characters in one array);
 * statements, whose text is not kept, are the same when two independent 64-bit hashes both agree.
 *
 * <p>About 50 bytes per outcome and rule (a hash table slot, an index, the id's bytes): a million
 * outcomes take some 100 MB for unique ids and repeated statements together. Instances are not thread-safe.
 */
final class Fingerprints {
  private Fingerprints() {}

  /** A 64-bit hash of a text (FNV-1a over the UTF-16 units, then the MurmurHash3 finaliser). */
  static long hash(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h ^ text.length());
  }

  /** A second 64-bit hash of a text, independent of {@link #hash}. */
  static long hash2(String text) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < text.length(); i++) {
      h = (h + text.charAt(i)) * 0xC2B2AE3D27D4EB4FL;
      h ^= h >>> 29;
    }
    return mix(h + text.length());
  }

  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /**
   * Texts packed into one growing byte array, each UTF-16 unit as one byte when it is ASCII (as
   * outcome ids are), else as two or three bytes (the modified UTF-8 form, which keeps any unit,
   * a lone surrogate too).
   */
  static final class TextArena {
    private byte[] bytes = new byte[1024];
    private int[] starts = new int[64];
    private int size;
    private int used;

    int add(String text) {
      if (size + 1 >= starts.length) {
        starts = Arrays.copyOf(starts, starts.length + (starts.length >> 1));
      }
      if (used + 3 * text.length() > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length + (bytes.length >> 1), used + 3 * text.length()));
      }
      starts[size] = used;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < 0x80) {
          bytes[used++] = (byte) c;
        } else if (c < 0x800) {
          bytes[used++] = (byte) (0xC0 | c >> 6);
          bytes[used++] = (byte) (0x80 | c & 0x3F);
        } else {
          bytes[used++] = (byte) (0xE0 | c >> 12);
          bytes[used++] = (byte) (0x80 | c >> 6 & 0x3F);
          bytes[used++] = (byte) (0x80 | c & 0x3F);
        }
      }
      starts[size + 1] = used;
      return size++;
    }

    String get(int index) {
      StringBuilder text = new StringBuilder(starts[index + 1] - starts[index]);
      for (int at = starts[index]; at < starts[index + 1]; ) {
        int b = bytes[at] & 0xFF;
        if (b < 0x80) {
          text.append((char) b);
          at++;
        } else if (b < 0xE0) {
          text.append((char) ((b & 0x1F) << 6 | bytes[at + 1] & 0x3F));
          at += 2;
        } else {
          text.append((char) ((b & 0x0F) << 12 | (bytes[at + 1] & 0x3F) << 6 | bytes[at + 2] & 0x3F));
          at += 3;
        }
      }
      return text.toString();
    }

    boolean equalsAt(int index, String text) {
      int at = starts[index];
      int end = starts[index + 1];
      for (int i = 0; i < text.length(); i++) {
        if (at >= end) {
          return false;
        }
        char c = text.charAt(i);
        int b = bytes[at] & 0xFF;
        if (c < 0x80) {
          if (b != c) {
            return false;
          }
          at++;
        } else if (c < 0x800) {
          if (at + 1 >= end || b != (0xC0 | c >> 6) || (bytes[at + 1] & 0xFF) != (0x80 | c & 0x3F)) {
            return false;
          }
          at += 2;
        } else {
          if (at + 2 >= end || b != (0xE0 | c >> 12) || (bytes[at + 1] & 0xFF) != (0x80 | c >> 6 & 0x3F)
              || (bytes[at + 2] & 0xFF) != (0x80 | c & 0x3F)) {
            return false;
          }
          at += 3;
        }
      }
      return at == end;
    }
  }

  /** Open addressing from a 64-bit hash to entry indexes; several entries may share a hash. */
  private static final class Table {
    private long[] hashes = new long[1024];
    private int[] entries = new int[1024]; // entry + 1; 0 is empty
    private int size;

    interface Same {
      boolean test(int entry);
    }

    /** Returns the entry with hash {@code h} that {@code same} accepts, or adds {@code entry} and returns -1. */
    int findOrAdd(long h, Same same, int entry) {
      int mask = hashes.length - 1;
      for (int slot = (int) h & mask; ; slot = (slot + 1) & mask) {
        int e = entries[slot];
        if (e == 0) {
          hashes[slot] = h;
          entries[slot] = entry + 1;
          if (++size * 4 > hashes.length * 3) {
            grow();
          }
          return -1;
        }
        if (hashes[slot] == h && same.test(e - 1)) {
          return e - 1;
        }
      }
    }

    private void grow() {
      long[] oldHashes = hashes;
      int[] oldEntries = entries;
      hashes = new long[oldHashes.length * 2];
      entries = new int[oldEntries.length * 2];
      int mask = hashes.length - 1;
      for (int i = 0; i < oldHashes.length; i++) {
        if (oldEntries[i] != 0) {
          int slot = (int) oldHashes[i] & mask;
          while (entries[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          hashes[slot] = oldHashes[i];
          entries[slot] = oldEntries[i];
        }
      }
    }
  }

  /** The first place of each outcome id: the id (exact) and its table and outcome index. */
  static final class Ids {
    private final Table table = new Table();
    private final TextArena ids = new TextArena();
    private long[] places = new long[1024];

    /** Returns the pointer of the first outcome with this id, or null when this is the first. */
    @Nullable String firstPointer(String id, int actionLineIndex, int outcomeIndex) {
      int first = table.findOrAdd(hash(id), e -> ids.equalsAt(e, id), ids.size);
      if (first >= 0) {
        long place = places[first];
        return "/actionLines/" + (int) (place >>> 32) + "/outcomes/" + (int) place;
      }
      int entry = ids.add(id);
      if (entry >= places.length) {
        places = Arrays.copyOf(places, places.length * 2);
      }
      places[entry] = ((long) actionLineIndex << 32) | (outcomeIndex & 0xFFFFFFFFL);
      return null;
    }
  }

  /** The first outcome of each key, by two independent 64-bit hashes of the key. */
  static final class Keys {
    private final Table table = new Table();
    private long[] second = new long[1024];
    private final TextArena firsts = new TextArena();

    /** Returns the value stored with the first key equal to this one, or stores {@code value} and returns null. */
    @Nullable String firstValue(String key, String value) {
      long h2 = hash2(key);
      int first = table.findOrAdd(hash(key), e -> second[e] == h2, firsts.size);
      if (first >= 0) {
        return firsts.get(first);
      }
      int entry = firsts.add(value);
      if (entry >= second.length) {
        second = Arrays.copyOf(second, second.length * 2);
      }
      second[entry] = h2;
      return null;
    }
  }

  /** A set of 64-bit hashes. */
  static final class LongSet {
    private long[] values = new long[64];
    private boolean[] used = new boolean[64];
    private int size;

    boolean add(long value) {
      int mask = values.length - 1;
      for (int slot = (int) mix(value) & mask; ; slot = (slot + 1) & mask) {
        if (!used[slot]) {
          used[slot] = true;
          values[slot] = value;
          if (++size * 4 > values.length * 3) {
            grow();
          }
          return true;
        }
        if (values[slot] == value) {
          return false;
        }
      }
    }

    private void grow() {
      long[] old = values;
      boolean[] oldUsed = used;
      values = new long[old.length * 2];
      used = new boolean[old.length * 2];
      size = 0;
      for (int i = 0; i < old.length; i++) {
        if (oldUsed[i]) {
          add(old[i]);
        }
      }
    }

    void clear() {
      if (size > 0) {
        values = new long[64];
        used = new boolean[64];
        size = 0;
      }
    }
  }
}
