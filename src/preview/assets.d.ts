// Files webpack bundles as text (rule "asset/source" in webpack.config.js).
declare module "*.csv" {
  const text: string;
  export default text;
}
