package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E)
	fmt.Println(math.Sqrt(16), math.Cbrt(27), math.Pow(2, 0.5), math.Hypot(3, 4))
	fmt.Println(math.Floor(2.7), math.Ceil(2.1), math.Round(-2.5), math.Trunc(2.9), math.RoundToEven(2.5))
	fmt.Println(math.Abs(-7), math.Max(3, 7), math.Min(3, 7), math.Mod(10, 3), math.Remainder(10, 3))
	fmt.Println(math.Exp(1), math.Log(math.E), math.Log2(8), math.Log10(1000), math.Log1p(0))
	fmt.Println(math.Sin(math.Pi/2), math.Cos(0), math.Tan(0), math.Atan(1)*4, math.Atan2(1, 1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint8, math.MaxInt16)
	fmt.Println(uint64(math.MaxUint64), math.MaxInt)
	fmt.Println(math.Inf(1) > math.MaxFloat64, math.IsInf(math.Inf(-1), -1), math.NaN() == math.NaN())
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Float64frombits(0x4000000000000000))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.Sqrt(-1), math.Log(-1), math.Log(0))
	fmt.Printf("%.4f %.4f\n", math.Sinh(1), math.Asin(0.5))
	fmt.Println(math.Pow(10, 20), math.Pow(-8, 1.0/3), math.Exp2(10))
}
