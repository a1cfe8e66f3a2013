declare module 'electron-squirrel-startup' {
  const started: boolean;
  export default started;
}
