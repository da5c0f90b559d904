/// The Cholesky factorisation A = L·Lᵀ of a dense symmetric positive-definite matrix, with
/// the two things information centrality asks of A⁻¹: a solve, and its diagonal.
///
/// Matrices are row-major `[Double]`. Every inner loop is a dot product over a contiguous
/// stretch of a row, so the cubic parts read memory in order.
struct DenseCholesky {
    let size: Int
    /// L in the lower triangle, row-major; the upper triangle is unused.
    private var lower: [Double]

    /// Factors `matrix` (size × size, row-major; only the lower triangle is read), or nil
    /// when it is not positive definite.
    init?(_ matrix: [Double], size: Int) {
        precondition(matrix.count == size * size)
        self.size = size
        var lower = matrix
        let ok = lower.withUnsafeMutableBufferPointer { l -> Bool in
            for column in 0..<size {
                let rowStart = column * size
                let pivot = l[rowStart + column] - Self.dot(l, rowStart, l, rowStart, column)
                guard pivot > 0, pivot.isFinite else { return false }
                let diagonal = pivot.squareRoot()
                l[rowStart + column] = diagonal
                for row in (column + 1)..<size {
                    let start = row * size
                    l[start + column] = (l[start + column] - Self.dot(l, start, l, rowStart, column)) / diagonal
                }
            }
            return true
        }
        guard ok else { return nil }
        self.lower = lower
    }

    /// x with A·x = b: forward through L, then back through Lᵀ.
    func solve(_ b: [Double]) -> [Double] {
        precondition(b.count == size)
        var x = b
        lower.withUnsafeBufferPointer { l in
            x.withUnsafeMutableBufferPointer { x in
                for row in 0..<size {
                    x[row] = (x[row] - Self.dot(l, row * size, UnsafeBufferPointer(x), 0, row)) / l[row * size + row]
                }
                for row in stride(from: size - 1, through: 0, by: -1) {
                    x[row] /= l[row * size + row]
                    let value = x[row]
                    for earlier in 0..<row { x[earlier] -= l[row * size + earlier] * value }
                }
            }
        }
        return x
    }

    /// The diagonal of A⁻¹ = L⁻ᵀ·L⁻¹: entry j is the squared length of L⁻¹·eⱼ, found by
    /// forward substitution from row j down (the entries above j are zero).
    func inverseDiagonal() -> [Double] {
        var diagonal = [Double](repeating: 0, count: size)
        var column = [Double](repeating: 0, count: size)
        lower.withUnsafeBufferPointer { l in
            column.withUnsafeMutableBufferPointer { x in
                for j in 0..<size {
                    var squares = 0.0
                    for row in j..<size {
                        let start = row * size
                        let known = Self.dot(l, start + j, UnsafeBufferPointer(x), j, row - j)
                        let value = ((row == j ? 1 : 0) - known) / l[start + row]
                        x[row] = value
                        squares += value * value
                    }
                    diagonal[j] = squares
                }
            }
        }
        return diagonal
    }

    /// Σ a[aStart + k] · b[bStart + k] for k < count, in four running sums so the additions
    /// overlap instead of waiting on each other.
    @inline(__always)
    private static func dot(_ a: UnsafeMutableBufferPointer<Double>, _ aStart: Int,
                            _ b: UnsafeMutableBufferPointer<Double>, _ bStart: Int, _ count: Int) -> Double {
        dot(UnsafeBufferPointer(a), aStart, UnsafeBufferPointer(b), bStart, count)
    }

    @inline(__always)
    private static func dot(_ a: UnsafeBufferPointer<Double>, _ aStart: Int,
                            _ b: UnsafeBufferPointer<Double>, _ bStart: Int, _ count: Int) -> Double {
        var (s0, s1, s2, s3) = (0.0, 0.0, 0.0, 0.0)
        var k = 0
        while k + 4 <= count {
            s0 += a[aStart + k] * b[bStart + k]
            s1 += a[aStart + k + 1] * b[bStart + k + 1]
            s2 += a[aStart + k + 2] * b[bStart + k + 2]
            s3 += a[aStart + k + 3] * b[bStart + k + 3]
            k += 4
        }
        while k < count {
            s0 += a[aStart + k] * b[bStart + k]
            k += 1
        }
        return (s0 + s1) + (s2 + s3)
    }
}
