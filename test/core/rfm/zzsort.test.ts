it("sort timing", () => {
  const n = 1_000_000;
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = (i * 7919) % n;
  let t = performance.now();
  v.slice().sort();
  console.log("sort", performance.now() - t);
  t = performance.now();
  let acc = 0;
  for (let i = 0; i < n; i++) acc += +(v[i] >= 5) + +(v[i] >= 7);
  console.log("loop", performance.now() - t, acc);
});
