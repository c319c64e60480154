// GraphiQL from the project's own node_modules (no CDN), with saved example queries.
const examples = JSON.parse(document.getElementById('examples').textContent);
const fetcher = async (params) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
};
const root = ReactDOM.createRoot(document.getElementById('graphiql'));
root.render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultEditorToolsVisibility: true,
    defaultTabs: examples.map((e) => ({
      query: e.query,
      variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined,
    })),
  }),
);
