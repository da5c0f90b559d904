/// The release, shown by `--version` and the banner.
public enum PlaceLabVersion {
    public static let current = "0.1.0"
}
