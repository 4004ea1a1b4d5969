package org.scholia.model;

import java.nio.file.Path;

/**
 * An image the manuscript refers to, already checked to be a readable image inside the
 * manuscript folder.
 *
 * @param href      the path as the author wrote it, relative to the manuscript folder ('/' separators)
 * @param path      the real file on disk
 * @param mediaType "image/png", "image/jpeg", "image/gif" or "image/svg+xml"
 * @param width     intrinsic width in pixels (0 if unknown, e.g. SVG)
 * @param height    intrinsic height in pixels (0 if unknown)
 */
public record ImageFile(String href, Path path, String mediaType, int width, int height) {
}
