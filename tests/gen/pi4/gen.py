#!/usr/bin/env python3
"""Prints the bits of 4/pi as 20 64-bit words (word 0 the integer part,
then the fraction), for the Payne-Hanek argument reduction in
runtime/stdlib_math.c.  pi comes from Machin's formula in exact integer
arithmetic with 200 guard bits.

    python3 tests/gen/pi4/gen.py
"""
PREC = 20 * 64 + 200


def arctan_inv(x, bits):
    # arctan(1/x) * 2^bits, by its alternating series
    one = 1 << bits
    term = one // x
    total = term
    x2 = x * x
    n = 1
    while term:
        term //= x2
        n += 2
        total += -(term // n) if n % 4 == 3 else term // n
    return total


pi = 16 * arctan_inv(5, PREC) - 4 * arctan_inv(239, PREC)  # pi * 2^PREC
four_over_pi = (4 << (2 * PREC)) // pi  # (4/pi) * 2^PREC
words = four_over_pi >> (PREC - 19 * 64)  # keep 19 fraction words
out = []
for k in range(20):
    out.append((words >> (64 * (19 - k))) & ((1 << 64) - 1))
for i in range(0, 20, 4):
    print("    " + " ".join("0x%016xULL," % w for w in out[i:i + 4]))
