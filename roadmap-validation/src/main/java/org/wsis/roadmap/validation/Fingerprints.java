package org.wsis.roadmap.validation;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Fixed-size fingerprints for the cross-outcome checks of a stream: what a check remembers of each
 * outcome is a 64-bit hash of each key and an index, never the outcome. Ids are compared exactly
 * where their hashes meet (the ids themselves are kept, packed as characters in one array);
 * statements, whose text is not kept, are the same when two independent 64-bit hashes both agree.
 *
 * <p>About 60 bytes per outcome: a million outcomes take some 60 MB. Instances are not thread-safe.
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

  /** Texts packed into one growing character array. */
  static final class TextArena {
    private char[] chars = new char[1024];
    private int[] starts = new int[64];
    private int size;
    private int used;

    int add(String text) {
      if (size + 1 >= starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
      }
      if (used + text.length() > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + text.length()));
      }
      text.getChars(0, text.length(), chars, used);
      starts[size] = used;
      used += text.length();
      starts[size + 1] = used;
      return size++;
    }

    String get(int index) {
      return new String(chars, starts[index], starts[index + 1] - starts[index]);
    }

    boolean equalsAt(int index, String text) {
      int start = starts[index];
      int length = starts[index + 1] - start;
      if (length != text.length()) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (chars[start + i] != text.charAt(i)) {
          return false;
        }
      }
      return true;
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
